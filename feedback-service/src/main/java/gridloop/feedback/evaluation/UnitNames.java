package gridloop.feedback.evaluation;

import gridloop.events.catalogue.DepartmentCatalogue;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each evaluated unit's names by language tag: a department's from the contract's catalogue, a map unit's as the
 * events named it (its English name always, its Chinese one when an event gave it). The answer picks the
 * reader's; the snapshot on the topic carries them all.
 */
@ApplicationScoped
public class UnitNames {

    private final UnitNameStatements statements;

    UnitNames(UnitNameStatements statements) {
        this.statements = statements;
    }

    /** The names of each unit, in the order of {@code units}. */
    public Uni<List<Map<String, String>>> of(EvaluationLevel level, List<UnitEvaluation> units) {
        if (level == EvaluationLevel.DEPARTMENT) {
            return Uni.createFrom().item(units.stream().map(unit -> DepartmentCatalogue.of(unit.unitId())
                    .map(DepartmentCatalogue.Department::names).orElse(english(unit))).toList());
        }
        if (units.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return statements.chineseNames(units.stream().map(UnitEvaluation::unitId).toList()).map(chinese ->
                units.stream().map(unit -> {
                    Map<String, String> names = new LinkedHashMap<>(english(unit));
                    String zh = chinese.get(unit.unitId());
                    if (zh != null) {
                        names.put("zh-CN", zh);
                    }
                    return Map.copyOf(names);
                }).toList());
    }

    private static Map<String, String> english(UnitEvaluation unit) {
        return unit.unitName() == null ? Map.of() : Map.of("en", unit.unitName());
    }
}
