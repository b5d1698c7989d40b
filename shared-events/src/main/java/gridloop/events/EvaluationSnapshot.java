package gridloop.events;

import java.time.Instant;

/** Published once per unit and period: the figures of the evaluation for that unit. */
public record EvaluationSnapshot(String level, String unitId, String unitName, Instant periodStart,
        Instant periodEnd, long received, long closed, double closureRate, double onTimeRate,
        Double meanHoursToClose, double reopenRate, Double meanSatisfaction, long ratings, Instant occurredAt) implements GridLoopEvent {

    @Override
    public String subject() {
        return level + ":" + unitId;
    }
}
