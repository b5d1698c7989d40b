package gridloop.feedback.evaluation;

import gridloop.events.DepartmentFigures;

/**
 * The figures of one unit for one period; rates are fractions 0–1, null where nothing was measured.
 * {@code fixed}, {@code notFixable} and {@code notResponsible} split {@code closed} by the outcome of the last
 * closure report; {@code department} is set at the department level only (docs/evaluation.md).
 */
public record UnitEvaluation(String unitId, String unitName, long received, long responded, Double responseRate,
        long closed, Double closureRate, long resolved, Double onTimeRate, Double meanHoursToClose,
        Double p90HoursToClose, long reopened, Double reopenRate,
        Double meanSatisfaction, Double satisfiedRate, long ratings, long fixed, long notFixable,
        long notResponsible, Double fixedRate, DepartmentFigures department) {

    /** A department that answered a whistle but leads no appeal of the period: its appeal figures are all 0. */
    static UnitEvaluation onlyDepartment(String unitId, String unitName, DepartmentFigures department) {
        return new UnitEvaluation(unitId, unitName, 0, 0, null, 0, null, 0, null, null, null, 0, null, null, null, 0,
                0, 0, 0, null, department);
    }

    /** The same figures, the unit named for a reader. */
    UnitEvaluation named(String name) {
        return new UnitEvaluation(unitId, name, received, responded, responseRate, closed, closureRate, resolved,
                onTimeRate, meanHoursToClose, p90HoursToClose, reopened, reopenRate, meanSatisfaction, satisfiedRate,
                ratings, fixed, notFixable, notResponsible, fixedRate, department);
    }

    UnitEvaluation withDepartment(DepartmentFigures figures) {
        return new UnitEvaluation(unitId, unitName, received, responded, responseRate, closed, closureRate, resolved,
                onTimeRate, meanHoursToClose, p90HoursToClose, reopened, reopenRate, meanSatisfaction, satisfiedRate,
                ratings, fixed, notFixable, notResponsible, fixedRate, figures);
    }
}
