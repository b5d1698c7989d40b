package gridloop.dispatch.grid;

import java.util.List;

/**
 * What is wrong with an uploaded map or one of its features, kept language-neutral: a kind and the facts it names
 * (ids, levels, positions). {@link MapProblemWording} says it in the operator's language.
 */
public record MapProblem(Kind kind, List<String> args) {

    public enum Kind {
        NOT_A_FEATURE_COLLECTION, NO_GRID, NOT_A_FEATURE, ID_REQUIRED, NAMES_NOT_AN_OBJECT, NAMES_LANGUAGE,
        NAME_BLANK, LEVEL_UNKNOWN, NOT_A_POLYGON, NO_OUTER_RING, SELF_INTERSECTION, HOLE_OUTSIDE_SHELL,
        INVALID_POLYGON, RING_TOO_SHORT, POSITION_NOT_LON_LAT, POSITION_OUT_OF_RANGE, RING_NOT_CLOSED,
        ID_USED_TWICE, STREET_HAS_PARENT, PARENT_REQUIRED, PARENT_MISSING, PARENT_WRONG_LEVEL, NOT_INSIDE_PARENT,
        OVERLAPS
    }

    static MapProblem of(Kind kind, Object... args) {
        return new MapProblem(kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public String arg(int i) {
        return args.get(i);
    }

    @Override
    public String toString() {
        return kind + args.toString();
    }
}
