package gridloop.dispatch.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The overdue rule as a table: status × where "now" stands against each deadline. */
class OverdueTest {

    private static final Instant ACCEPT_BY = Instant.parse("2026-03-04T02:00:00Z");
    private static final Instant RESOLVE_BY = ACCEPT_BY.plus(Duration.ofHours(44));

    @ParameterizedTest(name = "{0} at accept-by {1} min, resolve-by {2} min -> accept {3}, resolve {4}")
    @CsvSource({
            // status, minutes past accept-by, minutes past resolve-by, accept late, resolve late
            "ASSIGNED,  -1, -2641, false, false",
            "ASSIGNED,   0, -2640, false, false", // at the deadline is not yet past it
            "ASSIGNED,   1, -2639, true,  false",
            "ASSIGNED, 2641,    1, true,  true",
            "ACCEPTED,   1, -2639, false, false", // accepted: accept-by no longer counts
            "ACCEPTED, 2641,    1, false, true",
            "ESCALATED, 2641,   1, false, true",
            "RESOLVED, 2641,    1, false, false", // a closure was reported: no clock runs
            "CLOSED,   2641,    1, false, false",
            "WITHDRAWN, 2641,   1, false, false",
            "REJECTED, 2641,    1, false, false",
    })
    void aDeadlineCountsOnlyOnceItHasPassedAndOnlyWhileItsStepIsOpen(TaskStatus status, long pastAcceptBy,
            long pastResolveBy, boolean acceptLate, boolean resolveLate) {
        Instant now = ACCEPT_BY.plus(Duration.ofMinutes(pastAcceptBy));
        assertEquals(RESOLVE_BY.plus(Duration.ofMinutes(pastResolveBy)), now, "the table's two columns agree");
        assertEquals(acceptLate, Overdue.acceptLate(status, ACCEPT_BY, now));
        assertEquals(resolveLate, Overdue.resolveLate(status, RESOLVE_BY, now));
        assertEquals(acceptLate || resolveLate, Overdue.late(status, ACCEPT_BY, RESOLVE_BY, now));
    }

    @ParameterizedTest
    @CsvSource({"ASSIGNED", "ACCEPTED", "ESCALATED"})
    void aTaskWithoutDeadlinesIsNeverLate(TaskStatus status) {
        assertEquals(false, Overdue.late(status, null, null, Instant.MAX));
    }
}
