package gridloop.dispatch.assignment;

import java.util.List;

/** A page of tasks. */
public record TaskPage(List<TaskView> items, int page, int size, long total) {
}
