package gridloop.registry.imports;

import gridloop.registry.messages.RegistryMessages;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A CSV file (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes, a quote doubled
 * inside them) in UTF-8, with a header row naming the columns. A byte-order mark is skipped. Rows are numbered as a
 * spreadsheet shows them: the header is row 1. The file is read as a stream, one row at a time, so that a district's
 * 100,000 households are never held as text and cells at once.
 */
public final class CsvTable {

    /** How many data rows the file has, and what was wrong with the file and with rows of the wrong shape. */
    public record Parsed(int rows, List<RowProblem> problems) {
    }

    private CsvTable() {
    }

    /** Reads the file, giving each row of the right shape to {@code rows}; nothing when the file itself is wrong. */
    public static Parsed parse(byte[] body, List<String> columns, Set<String> requiredColumns, int maxRows,
            Consumer<Fields> rows) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), strict), 1 << 16)) {
            return read(new Records(in), columns, requiredColumns, maxRows, rows);
        } catch (CharacterCodingException e) {
            return new Parsed(0, List.of(RowProblem.of(0, null, RegistryMessages::notUtf8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parsed read(Records records, List<String> columns, Set<String> requiredColumns, int maxRows,
            Consumer<Fields> rows) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        List<String> header = records.next();
        if (header != null && !header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        if (header == null || records.unclosedQuote) {
            problems.add(RowProblem.of(records.unclosedQuote ? 1 : 0, null, records.unclosedQuote
                    ? RegistryMessages::unclosedQuote : RegistryMessages::emptyFile));
            return new Parsed(0, problems);
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            positions.put(name, c);
            if (!columns.contains(name)) {
                problems.add(RowProblem.of(1, name, RegistryMessages::unknownColumn));
            }
        }
        for (String name : requiredColumns) {
            if (!positions.containsKey(name)) {
                problems.add(RowProblem.of(1, name, RegistryMessages::missingColumn));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(0, problems);
        }
        int count = 0;
        int rowNumber = 1;
        for (List<String> cells = records.next(); cells != null; cells = records.next()) {
            rowNumber++;
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (++count > maxRows) {
                return new Parsed(count, List.of(RowProblem.of(0, null, m -> m.tooManyRows(maxRows))));
            }
            if (cells.size() != header.size()) {
                int found = cells.size();
                problems.add(RowProblem.of(rowNumber, null, m -> m.cellCount(header.size(), found)));
                continue;
            }
            rows.accept(new Fields(rowNumber, positions, cells.toArray(String[]::new)));
        }
        if (records.unclosedQuote) {
            problems.add(RowProblem.of(rowNumber, null, RegistryMessages::unclosedQuote));
        } else if (count == 0) {
            problems.add(RowProblem.of(0, null, RegistryMessages::emptyFile));
        }
        return new Parsed(count, problems);
    }

    /** The file's records, one at a time; a quote left open at the end sets {@link #unclosedQuote}. */
    private static final class Records {

        private final Reader in;
        private int pushedBack = -2;
        private boolean ended;
        boolean unclosedQuote;

        Records(Reader in) {
            this.in = in;
        }

        List<String> next() throws IOException {
            if (ended) {
                return null;
            }
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                int c = read();
                if (c < 0) {
                    ended = true;
                    if (quoted) {
                        unclosedQuote = true;
                        return null;
                    }
                    if (field.isEmpty() && record.isEmpty()) {
                        return null;
                    }
                    record.add(field.toString());
                    return record;
                }
                if (quoted) {
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            unread(after);
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int after = read();
                        if (after != '\n') {
                            unread(after);
                        }
                    }
                    record.add(field.toString());
                    return record;
                } else {
                    field.append((char) c);
                }
            }
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return in.read();
        }

        private void unread(int c) {
            pushedBack = c;
        }
    }
}
