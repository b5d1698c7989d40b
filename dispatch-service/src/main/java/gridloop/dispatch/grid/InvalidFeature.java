package gridloop.dispatch.grid;

import java.util.List;

/** A feature of an uploaded map that cannot be used, by its position in {@code features} and its id. */
public record InvalidFeature(int index, String id, List<MapProblem> problems) {
}
