package gridloop.feedback.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ranking's order as a table: each row is two units as "closureRate/meanSatisfaction/meanHoursToClose"
 * ("-" for no figure) and which of the two ranks first. Ties fall to the next figure, then to the unit id.
 */
class RankingOrderTest {

    @ParameterizedTest(name = "a {0} vs b {1}: {2} first")
    @CsvSource({
            "0.9/1.0/90,  0.8/5.0/1,  a", // closure rate first, whatever else
            "0.8/5.0/90,  0.8/4.0/1,  a", // same closure rate: more satisfied
            "0.8/4.0/10,  0.8/4.0/20, a", // same satisfaction too: faster
            "0.8/4.0/10,  0.8/4.0/10, a", // all equal: by unit id
            "-/-/-,       0.0/-/-,    b", // no closure rate ranks below a rate of 0
            "0.5/-/-,     0.5/1.0/-,  b", // no rating ranks below the lowest mean
            "0.5/3.0/-,   0.5/3.0/400, b", // nothing closed ranks below the slowest close
    })
    void bestFirst(String a, String b, String first) {
        UnitEvaluation unitA = unit("a", a);
        UnitEvaluation unitB = unit("b", b);
        List<String> ranked = List.of(unitB, unitA).stream().sorted(EvaluationResource.BEST_FIRST)
                .map(UnitEvaluation::unitId).toList();
        assertEquals(first, ranked.get(0));
        assertEquals(ranked, List.of(unitA, unitB).stream().sorted(EvaluationResource.BEST_FIRST)
                .map(UnitEvaluation::unitId).toList(), "the order does not depend on the input's");
    }

    private static UnitEvaluation unit(String id, String figures) {
        Double[] f = Arrays.stream(figures.strip().split("/")).map(v -> v.equals("-") ? null : Double.valueOf(v))
                .toArray(Double[]::new);
        return new UnitEvaluation(id, id, 10, 0, null, 0, f[0], 0, null, f[2], null, 0, null, f[1], null, 0, 0, 0, 0, null,
                null);
    }
}
