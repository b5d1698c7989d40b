package gridloop.registry.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * RFC 4180 as spreadsheets write it: quotes, commas and line breaks in fields, a BOM, CRLF; rows as numbered. (The
 * problems' words are checked where the message bundles run: ImportTest.)
 */
class CsvTableTest {

    static final List<String> COLUMNS = List.of("code", "name", "members");

    /** The rows read, and what {@link CsvTable#parse} answered. */
    record Read(List<Fields> rows, CsvTable.Parsed parsed) {

        List<RowProblem> problems() {
            return parsed.problems();
        }
    }

    static Read parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8), Set.of("code", "name"));
    }

    static Read parse(byte[] body, Set<String> required) {
        List<Fields> rows = new java.util.ArrayList<>();
        CsvTable.Parsed parsed = CsvTable.parse(body, COLUMNS, required, 10, rows::add);
        return new Read(rows, parsed);
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() {
        Read parsed = parse("\uFEFFcode,name,members\r\nA,\"鸿康, \"\"1+N\"\"\r\n俱乐部\",216\r\nB,花龙,\r\n");
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        assertEquals(2, parsed.rows().size());
        assertEquals(2, parsed.parsed().rows());
        Fields first = parsed.rows().get(0);
        assertEquals(2, first.row(), "the header is row 1");
        assertEquals("鸿康, \"1+N\"\r\n俱乐部", first.optional("name", 100));
        assertEquals(216, first.integer("members", false, 0, 1000));
        assertEquals(null, parsed.rows().get(1).integer("members", false, 0, 1000));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsAndAMissingColumnAreProblems() {
        Read parsed = parse("code,name\nA,x\nB,y,z\n");
        assertEquals(1, parsed.rows().size());
        assertEquals(3, parsed.problems().get(0).row());
        Read noCode = parse("name\nx\n");
        assertEquals(List.of("code"), noCode.problems().stream().map(RowProblem::column).toList());
        assertEquals(1, noCode.problems().get(0).row());
    }

    @Test
    void tooManyRowsAndNotUtf8AreProblemsOfTheWholeFile() {
        StringBuilder many = new StringBuilder("code,name\n");
        for (int i = 0; i < 11; i++) {
            many.append(i).append(",x\n");
        }
        Read tooMany = parse(many.toString());
        assertEquals(0, tooMany.problems().get(0).row());
        assertEquals(1, tooMany.problems().size());
        Read latin = parse(new byte[] {'c', 'o', 'd', 'e', '\n', (byte) 0xC3, (byte) 0x28}, Set.of("code"));
        assertEquals(1, latin.problems().size());
        assertEquals(0, latin.problems().get(0).row());
    }

    @Test
    void fieldsReadFlagsInChineseAndReportEveryBadCell() {
        Fields fields = new Fields(7, Map.of("a", "是", "b", "否", "c", "maybe", "n", "x", "p", "phone"));
        assertTrue(fields.flag("a"));
        assertEquals(false, fields.flag("b"));
        fields.flag("c");
        fields.integer("n", true, 0, 9);
        fields.phone("p");
        fields.required("missing", 10);
        assertEquals(List.of("c", "n", "p", "missing"), fields.problems().stream().map(RowProblem::column).toList());
        assertTrue(fields.problems().stream().allMatch(problem -> problem.row() == 7));
    }
}
