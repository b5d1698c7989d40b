package gridloop.events.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.EventType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole table: every {@code ce_type} against every status. A cell is the status after the event, or "-" when
 * the event is ignored (the status stays, with a reason).
 */
class AppealLifecycleTest {

    private static final AppealStatus[] COLUMNS = {AppealStatus.SUBMITTED, AppealStatus.ASSIGNED,
            AppealStatus.ACCEPTED, AppealStatus.ESCALATED, AppealStatus.RESOLVED, AppealStatus.REOPENED,
            AppealStatus.CLOSED, AppealStatus.REJECTED, AppealStatus.WITHDRAWN};

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # event type              | SUBMITTED | ASSIGNED  | ACCEPTED  | ESCALATED | RESOLVED | REOPENED  | CLOSED   | REJECTED | WITHDRAWN
            APPEAL_SUBMITTED          | SUBMITTED | -         | -         | -         | -        | -         | -        | -        | -
            APPEAL_WITHDRAWN          | WITHDRAWN | WITHDRAWN | WITHDRAWN | WITHDRAWN | WITHDRAWN| WITHDRAWN | -        | -        | -
            APPEAL_SUPPORTED          | -         | -         | -         | -         | -        | -         | -        | -        | -
            APPEAL_ASSIGNED           | ASSIGNED  | -         | -         | -         | -        | -         | -        | -        | -
            APPEAL_ACCEPTED           | ACCEPTED  | ACCEPTED  | ACCEPTED  | -         | -        | ACCEPTED  | -        | -        | -
            APPEAL_ESCALATED          | ESCALATED | ESCALATED | ESCALATED | ESCALATED | -        | ESCALATED | -        | -        | -
            APPEAL_REASSIGNED         | ASSIGNED  | ASSIGNED  | ASSIGNED  | -         | -        | ASSIGNED  | -        | -        | -
            APPEAL_OVERDUE            | -         | -         | -         | -         | -        | -         | -        | -        | -
            APPEAL_REJECTED           | REJECTED  | REJECTED  | REJECTED  | REJECTED  | -        | REJECTED  | -        | -        | -
            APPEAL_REPORTED_IN        | -         | -         | -         | -         | -        | -         | -        | -        | -
            APPEAL_REPORT_IN_OVERDUE  | -         | -         | -         | -         | -        | -         | -        | -        | -
            APPEAL_SENT_BACK          | ASSIGNED  | ASSIGNED  | ASSIGNED  | ASSIGNED  | -        | ASSIGNED  | -        | -        | -
            APPEAL_CO_HANDLED         | -         | -         | -         | -         | -        | -         | -        | -        | -
            APPEAL_PART_REPORTED      | -         | -         | -         | -         | -        | -         | -        | -        | -
            APPEAL_RECATEGORIZED      | -         | -         | -         | -         | -        | -         | -        | -        | -
            APPEAL_RESOLVED           | RESOLVED  | RESOLVED  | RESOLVED  | RESOLVED  | RESOLVED | RESOLVED  | -        | -        | -
            APPEAL_RATED              | -         | -         | -         | -         | -        | -         | -        | -        | -
            APPEAL_REOPENED           | -         | -         | -         | -         | REOPENED | -         | REOPENED | -        | -
            APPEAL_CLOSED             | CLOSED    | CLOSED    | CLOSED    | CLOSED    | CLOSED   | CLOSED    | -        | CLOSED   | -
            EVALUATION_SNAPSHOT       | -         | -         | -         | -         | -        | -         | -        | -        | -
            GRID_MAP_IN_FORCE         | -         | -         | -         | -         | -        | -         | -        | -        | -
            GRID_ROSTER_IN_FORCE      | -         | -         | -         | -         | -        | -         | -        | -        | -
            BUILDING_RECORDED         | -         | -         | -         | -         | -        | -         | -        | -        | -
            ORGANISATION_RECORDED     | -         | -         | -         | -         | -        | -         | -        | -        | -
            FACILITY_RECORDED         | -         | -         | -         | -         | -        | -         | -        | -        | -
            """)
    void everyEventAgainstEveryStatus(EventType type, String submitted, String assigned, String accepted,
            String escalated, String resolved, String reopened, String closed, String rejected, String withdrawn) {
        String[] cells = {submitted, assigned, accepted, escalated, resolved, reopened, closed, rejected, withdrawn};
        for (int i = 0; i < COLUMNS.length; i++) {
            AppealStatus current = COLUMNS[i];
            Transition transition = AppealLifecycle.next(current, type);
            if (cells[i].equals("-")) {
                assertTrue(transition.ignored(), type + " from " + current + " is ignored");
                assertEquals(current, transition.status(), "an ignored event leaves the status");
                assertFalse(transition.ignoredBecause().isBlank(), "and says why");
            } else {
                assertFalse(transition.ignored(), type + " from " + current + " moves: " + transition.ignoredBecause());
                assertEquals(AppealStatus.valueOf(cells[i]), transition.status(), type + " from " + current);
            }
        }
    }

    @Test
    void theTableHasARowForEveryTypeAndAColumnForEveryStatus() throws Exception {
        var source = AppealLifecycleTest.class.getDeclaredMethod("everyEventAgainstEveryStatus", EventType.class,
                String.class, String.class, String.class, String.class, String.class, String.class, String.class,
                String.class, String.class).getAnnotation(CsvSource.class).textBlock();
        Set<String> rows = source.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf('|')).strip()).collect(Collectors.toSet());
        assertEquals(Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.toSet()), rows);
        assertEquals(EnumSet.allOf(AppealStatus.class), EnumSet.copyOf(Arrays.asList(COLUMNS)));
    }

    /** The status named by each type is the one it moves a fresh appeal to, or the one it reopens. */
    @Test
    void aTypeNamesTheStatusItMovesTo() {
        for (EventType type : EventType.values()) {
            AppealLifecycle.named(type).ifPresent(named -> {
                AppealStatus from = named == AppealStatus.REOPENED ? AppealStatus.RESOLVED : AppealStatus.SUBMITTED;
                assertEquals(named, AppealLifecycle.next(from, type).status(), type.name());
            });
        }
    }
}
