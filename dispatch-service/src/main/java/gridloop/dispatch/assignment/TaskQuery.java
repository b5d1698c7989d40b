package gridloop.dispatch.assignment;

/** Filters of the task list. */
public record TaskQuery(String assignee, String department, TaskStatus status, int page, int size) {
}
