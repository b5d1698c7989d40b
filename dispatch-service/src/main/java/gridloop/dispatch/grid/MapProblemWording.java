package gridloop.dispatch.grid;

import gridloop.dispatch.messages.DispatchMessages;
import gridloop.support.i18n.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An uploaded map's problems in the operator's language ({@link DispatchMessages}). */
public final class MapProblemWording {

    private MapProblemWording() {
    }

    public static String text(MapProblem problem, Locale reader) {
        DispatchMessages m = Text.bundle(DispatchMessages.class, reader);
        return switch (problem.kind()) {
            case NOT_A_FEATURE_COLLECTION -> m.mapNotAFeatureCollection();
            case NO_GRID -> m.mapHasNoGrid();
            case NOT_A_FEATURE -> m.mapNotAFeature();
            case ID_REQUIRED -> m.mapIdRequired();
            case NAMES_NOT_AN_OBJECT -> m.mapNamesNotAnObject();
            case NAMES_LANGUAGE -> m.mapNamesLanguage(problem.arg(0), problem.arg(1));
            case NAME_BLANK -> m.mapNameBlank(problem.arg(0));
            case LEVEL_UNKNOWN -> m.mapLevelUnknown();
            case NOT_A_POLYGON -> m.mapNotAPolygon();
            case NO_OUTER_RING -> m.mapNoOuterRing();
            case SELF_INTERSECTION -> m.mapSelfIntersection(problem.arg(0));
            case HOLE_OUTSIDE_SHELL -> m.mapHoleOutsideShell(problem.arg(0));
            case INVALID_POLYGON -> m.mapInvalidPolygon(problem.arg(0));
            case RING_TOO_SHORT -> m.mapRingTooShort(ring(m, problem.arg(0)));
            case POSITION_NOT_LON_LAT -> m.mapPositionNotLonLat(ring(m, problem.arg(0)), problem.arg(1));
            case POSITION_OUT_OF_RANGE -> m.mapPositionOutOfRange(ring(m, problem.arg(0)), problem.arg(1));
            case RING_NOT_CLOSED -> m.mapRingNotClosed(ring(m, problem.arg(0)));
            case ID_USED_TWICE -> m.mapIdUsedTwice(problem.arg(0));
            case STREET_HAS_PARENT -> m.mapStreetHasParent();
            case PARENT_REQUIRED -> m.mapParentRequired(problem.arg(0));
            case PARENT_MISSING -> m.mapParentMissing(problem.arg(0));
            case PARENT_WRONG_LEVEL -> m.mapParentWrongLevel(problem.arg(0), problem.arg(1), problem.arg(2), problem.arg(3));
            case NOT_INSIDE_PARENT -> m.mapNotInsideParent(problem.arg(0), problem.arg(1));
            case OVERLAPS -> m.mapOverlaps(problem.arg(0), problem.arg(1));
        };
    }

    /** The features a map was refused for, as the answer lists them: index, id and the problems in words. */
    public static List<Map<String, Object>> features(List<InvalidFeature> invalid, Locale reader) {
        return invalid.stream().map(feature -> {
            Map<String, Object> view = new java.util.LinkedHashMap<>();
            view.put("index", feature.index());
            view.put("id", feature.id());
            view.put("problems", feature.problems().stream().map(problem -> text(problem, reader)).toList());
            return view;
        }).toList();
    }

    /** Ring 0 is the outer ring, the others are holes. */
    private static String ring(DispatchMessages m, String index) {
        return "0".equals(index) ? m.mapOuterRing() : m.mapHole(index);
    }
}
