package gridloop.dispatch.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import io.quarkus.security.ForbiddenException;
import org.junit.jupiter.api.Test;

/** Which tasks a caller covers, and how a queue request is narrowed to the caller's own. */
class TaskAccessTest {

    private static final TaskAccess OPERATOR = new TaskAccess(true, null, null, new Actor("operator", "op"));
    private static final TaskAccess WORKER = new TaskAccess(false, "w-1", null, new Actor("grid-worker", "w-1"));
    private static final TaskAccess HOUSING = new TaskAccess(false, null, "HOUSING", new Actor("department", "h"));

    @Test
    void theAssigneeTheEscalatedDepartmentAndOperatorsCoverATask() {
        Task task = new Task();
        task.assigneeId = "w-1";
        assertTrue(OPERATOR.covers(task));
        assertTrue(WORKER.covers(task));
        assertFalse(HOUSING.covers(task));
        assertFalse(new TaskAccess(false, "w-2", null, null).covers(task));
        task.department = "HOUSING";
        assertTrue(HOUSING.covers(task));
        assertTrue(WORKER.covers(task), "the assignee keeps it after escalation");
        assertFalse(new TaskAccess(false, null, "SANITATION", null).covers(task));
    }

    @Test
    void aWorkersOrADepartmentsListIsItsOwnQueue() {
        TaskQuery any = new TaskQuery(null, null, TaskStatus.ASSIGNED, null, 0, 20);
        assertEquals(new TaskQuery("w-1", null, TaskStatus.ASSIGNED, null, 0, 20), WORKER.scope(any));
        assertEquals(new TaskQuery(null, "HOUSING", TaskStatus.ASSIGNED, null, 0, 20), HOUSING.scope(any));
        assertEquals(any, OPERATOR.scope(any));
        assertEquals(new TaskQuery("w-1", null, null, null, 0, 20),
                WORKER.scope(new TaskQuery("w-1", null, null, null, 0, 20)));
        assertThrows(ForbiddenException.class, () -> WORKER.scope(new TaskQuery("w-2", null, null, null, 0, 20)));
        assertThrows(ForbiddenException.class, () -> WORKER.scope(new TaskQuery(null, "HOUSING", null, null, 0, 20)));
        assertThrows(ForbiddenException.class, () -> HOUSING.scope(new TaskQuery(null, "SANITATION", null, null, 0, 20)));
        assertThrows(ForbiddenException.class, () -> HOUSING.scope(new TaskQuery("w-1", null, null, null, 0, 20)));
        assertThrows(ForbiddenException.class, () -> new TaskAccess(false, null, null, null).scope(any));
    }
}
