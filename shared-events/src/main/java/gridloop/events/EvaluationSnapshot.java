package gridloop.events;

import java.time.Instant;
import java.util.Map;

/**
 * Published once per unit and period: the figures of the evaluation for that unit, for the appeals submitted
 * in [periodStart, periodEnd), as known when the period was published (definitions in docs/evaluation.md). A
 * figure whose denominator is 0 is null (e.g. {@code onTimeRate} with nothing resolved). {@code fixed},
 * {@code notFixable} and {@code notResponsible} split {@code closed} by the outcome of the last closure report;
 * {@code fixedRate} is fixed / received. {@code department} is set for the department level only. {@code unitName} is
 * the unit's English name; {@code unitNames} (added later, absent on older snapshots) its names by language tag.
 */
public record EvaluationSnapshot(String level, String unitId, String unitName, Instant periodStart,
        Instant periodEnd, long received, long closed, double closureRate, Double onTimeRate,
        Double meanHoursToClose, double reopenRate, Double meanSatisfaction, long ratings, long responded,
        double responseRate, long resolved, Double p90HoursToClose, Double satisfiedRate, Instant occurredAt,
        long fixed, long notFixable, long notResponsible, Double fixedRate, DepartmentFigures department,
        Map<String, String> unitNames) implements GridLoopEvent {

    /** The figures as published before units were named in both languages. */
    public EvaluationSnapshot(String level, String unitId, String unitName, Instant periodStart, Instant periodEnd,
            long received, long closed, double closureRate, Double onTimeRate, Double meanHoursToClose,
            double reopenRate, Double meanSatisfaction, long ratings, long responded, double responseRate,
            long resolved, Double p90HoursToClose, Double satisfiedRate, Instant occurredAt, long fixed,
            long notFixable, long notResponsible, Double fixedRate, DepartmentFigures department) {
        this(level, unitId, unitName, periodStart, periodEnd, received, closed, closureRate, onTimeRate,
                meanHoursToClose, reopenRate, meanSatisfaction, ratings, responded, responseRate, resolved,
                p90HoursToClose, satisfiedRate, occurredAt, fixed, notFixable, notResponsible, fixedRate, department,
                null);
    }

    /** The figures as published before outcomes and department figures existed. */
    public EvaluationSnapshot(String level, String unitId, String unitName, Instant periodStart, Instant periodEnd,
            long received, long closed, double closureRate, Double onTimeRate, Double meanHoursToClose,
            double reopenRate, Double meanSatisfaction, long ratings, long responded, double responseRate,
            long resolved, Double p90HoursToClose, Double satisfiedRate, Instant occurredAt) {
        this(level, unitId, unitName, periodStart, periodEnd, received, closed, closureRate, onTimeRate,
                meanHoursToClose, reopenRate, meanSatisfaction, ratings, responded, responseRate, resolved,
                p90HoursToClose, satisfiedRate, occurredAt, closed, 0, 0, received == 0 ? null : (double) closed / received,
                null);
    }

    @Override
    public String subject() {
        return level + ":" + unitId;
    }
}
