package gridloop.feedback.evaluation;

import gridloop.feedback.department.DepartmentEvaluationQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation of one level for the appeals submitted in [from, to): the rollups' figures, and at the
 * department level how each department answered the whistle. A department that was escalated to but leads none
 * of the period's appeals (it sent them back, or only assisted) is listed too, with appeal figures of 0.
 */
@ApplicationScoped
public class Evaluations {

    private final EvaluationRepository rollups;
    private final DepartmentEvaluationQueries departments;
    private final Clock clock;

    Evaluations(EvaluationRepository rollups, DepartmentEvaluationQueries departments, Clock clock) {
        this.rollups = rollups;
        this.departments = departments;
        this.clock = clock;
    }

    public Uni<List<UnitEvaluation>> evaluate(EvaluationLevel level, Instant from, Instant to) {
        Uni<List<UnitEvaluation>> units = rollups.evaluate(level, from, to);
        if (level != EvaluationLevel.DEPARTMENT) {
            return units;
        }
        return units.chain(list -> departments.evaluate(from, to, clock.instant()).map(figures -> merge(list, figures)));
    }

    private static List<UnitEvaluation> merge(List<UnitEvaluation> units, Map<String, DepartmentEvaluationQueries.Named> figures) {
        List<UnitEvaluation> merged = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (UnitEvaluation unit : units) {
            DepartmentEvaluationQueries.Named named = figures.get(unit.unitId());
            merged.add(unit.withDepartment(named == null ? null : named.figures()));
            listed.add(unit.unitId());
        }
        figures.forEach((department, named) -> {
            if (!listed.contains(department)) {
                merged.add(UnitEvaluation.onlyDepartment(department, named.name(), named.figures()));
            }
        });
        return merged;
    }
}
