package gridloop.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gridloop.dispatch.assignment.CategorySla;
import gridloop.dispatch.assignment.Task;
import gridloop.dispatch.assignment.TaskStatus;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline arithmetic: each clock from its start, escalation at three resolve windows, flags cleared. */
class TaskClocksTest {

    @ParameterizedTest(name = "{0}h to accept, {1}h to resolve from {2}")
    @CsvSource({
            "4, 72, 2026-12-31T15:59:00Z, 2026-12-31T19:59:00Z, 2027-01-03T15:59:00Z, 2027-01-09T15:59:00Z",
            "1, 24, 2026-02-28T23:30:00Z, 2026-03-01T00:30:00Z, 2026-03-01T23:30:00Z, 2026-03-03T23:30:00Z",
            "8, 120, 2028-02-28T12:00:00Z, 2028-02-28T20:00:00Z, 2028-03-04T12:00:00Z, 2028-03-14T12:00:00Z",
    })
    void clocksStartWhereTheyAreToldAndABreachIsNotYetAnnounced(int acceptHours, int resolveHours, Instant from,
            Instant acceptBy, Instant resolveBy, Instant escalateBy) {
        CategorySla sla = new CategorySla();
        sla.acceptWithinHours = acceptHours;
        sla.resolveWithinHours = resolveHours;
        Task task = new Task();
        task.status = TaskStatus.ASSIGNED;
        task.acceptOverdue = true;
        task.resolveOverdue = true;

        task.startClocks(sla, from);

        assertEquals(acceptBy, task.acceptBy);
        assertEquals(resolveBy, task.resolveBy);
        assertEquals(escalateBy, task.escalateBy);
        assertFalse(task.acceptOverdue, "a reopened task's new accept-by is a new breach");
        assertFalse(task.resolveOverdue);
        assertFalse(task.overdueAt(from), "not overdue where the clocks start");
    }
}
