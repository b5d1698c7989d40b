package gridloop.registry.imports;

import gridloop.registry.messages.RegistryMessages;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes, a quote doubled
 * inside them) in UTF-8, with a header row naming the columns. A byte-order mark is skipped. Rows are numbered as a
 * spreadsheet shows them: the header is row 1.
 */
public final class CsvTable {

    /** The rows that could be split into their columns, and what was wrong with the file and the others. */
    public record Parsed(List<Fields> rows, List<RowProblem> problems) {
    }

    private CsvTable() {
    }

    public static Parsed parse(byte[] body, List<String> columns, Set<String> requiredColumns, int maxRows) {
        List<RowProblem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            problems.add(RowProblem.of(0, null, RegistryMessages::notUtf8));
            return new Parsed(List.of(), problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        if (!split(text, records, maxRows + 1)) {
            problems.add(RowProblem.of(records.size() + 1, null, RegistryMessages::unclosedQuote));
            return new Parsed(List.of(), problems);
        }
        records.removeIf(record -> record.size() == 1 && record.get(0).isBlank());
        if (records.size() < 2) {
            problems.add(RowProblem.of(0, null, RegistryMessages::emptyFile));
            return new Parsed(List.of(), problems);
        }
        if (records.size() - 1 > maxRows) {
            problems.add(RowProblem.of(0, null, m -> m.tooManyRows(maxRows)));
            return new Parsed(List.of(), problems);
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (String name : header) {
            if (!columns.contains(name)) {
                problems.add(RowProblem.of(1, name, RegistryMessages::unknownColumn));
            }
        }
        for (String name : requiredColumns) {
            if (!header.contains(name)) {
                problems.add(RowProblem.of(1, name, RegistryMessages::missingColumn));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        List<Fields> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            int rowNumber = i + 1;
            if (cells.size() != header.size()) {
                int found = cells.size();
                problems.add(RowProblem.of(rowNumber, null, m -> m.cellCount(header.size(), found)));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), cells.get(c));
            }
            rows.add(new Fields(rowNumber, values));
        }
        return new Parsed(rows, problems);
    }

    /** Splits into records of fields; false when a quoted field is not closed. Stops after {@code limit} records. */
    private static boolean split(String text, List<List<String>> records, int limit) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (records.size() > limit) {
                    return true;
                }
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            return false;
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return true;
    }
}
