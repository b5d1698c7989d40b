package gridloop.events;

import java.time.Instant;

/**
 * Published once per unit and period: the figures of the evaluation for that unit, for the appeals submitted
 * in [periodStart, periodEnd), as known when the period was published (definitions in the README). A figure
 * whose denominator is 0 is null (e.g. {@code onTimeRate} with nothing resolved).
 */
public record EvaluationSnapshot(String level, String unitId, String unitName, Instant periodStart,
        Instant periodEnd, long received, long closed, double closureRate, Double onTimeRate,
        Double meanHoursToClose, double reopenRate, Double meanSatisfaction, long ratings, long responded,
        double responseRate, long resolved, Double p90HoursToClose, Double satisfiedRate, Instant occurredAt)
        implements GridLoopEvent {

    @Override
    public String subject() {
        return level + ":" + unitId;
    }
}
