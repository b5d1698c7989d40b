package gridloop.dispatch.assignment;

/** Filters of the task list; a null filter is not applied. */
public record TaskQuery(String assignee, String department, TaskStatus status, Boolean overdue, int page, int size) {
}
