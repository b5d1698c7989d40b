package gridloop.intake.returnvisit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * The clocks of the return visit: the reminder 24 h after an unrated closure report, then the wait before the hotline
 * calls, 48 h unless the category sets its own ({@code gridloop.return-visits.wait-by-category.ELEVATOR_FAULT=PT12H}),
 * and the unanswered calls after which the appeal leaves the queue.
 */
@ConfigMapping(prefix = "gridloop.return-visits")
public interface ReturnVisitWaits {

    @WithDefault("PT24H")
    Duration reminderAfter();

    @WithDefault("PT48H")
    Duration waitAfter();

    Map<String, Duration> waitByCategory();

    @WithDefault("3")
    int noAnswers();

    /** How often the clocks are looked at (the scheduler's own expression, e.g. {@code 1m}). */
    @WithDefault("1m")
    String checkInterval();

    default Duration waitFor(String category) {
        return waitByCategory().getOrDefault(category, waitAfter());
    }
}
