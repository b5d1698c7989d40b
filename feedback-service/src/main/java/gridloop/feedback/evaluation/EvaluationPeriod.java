package gridloop.feedback.evaluation;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** How long a published evaluation period is, aligned to the district's calendar (weeks start on Monday). */
public enum EvaluationPeriod {
    HOURS, DAYS, WEEKS, MONTHS;

    /** The start of the period containing {@code at}. */
    ZonedDateTime startOf(ZonedDateTime at) {
        return switch (this) {
            case HOURS -> at.truncatedTo(ChronoUnit.HOURS);
            case DAYS -> at.truncatedTo(ChronoUnit.DAYS);
            case WEEKS -> at.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> at.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        };
    }

    ZonedDateTime plus(ZonedDateTime start, long periods) {
        return switch (this) {
            case HOURS -> start.plusHours(periods);
            case DAYS -> start.plusDays(periods);
            case WEEKS -> start.plusWeeks(periods);
            case MONTHS -> start.plusMonths(periods);
        };
    }
}
