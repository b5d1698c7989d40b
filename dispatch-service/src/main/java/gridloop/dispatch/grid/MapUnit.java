package gridloop.dispatch.grid;

import org.locationtech.jts.geom.Polygon;

/** A unit of the map: a street, community, grid or building, with its polygon. */
public record MapUnit(GridLevel level, String id, String name, String parentId, Polygon area) {
}
