package gridloop.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The grid map dispatch puts in force, one message per street on the compacted {@code gridloop.grid-maps} topic
 * (key: the street's id), so a reader of the topic's latest records has the whole map in force. {@code map} is a
 * GeoJSON FeatureCollection of the street and every unit under it (communities, grids, buildings), each feature's
 * properties {@code level}, {@code id}, {@code name} (English), {@code names} (by language tag), {@code parent}; it is empty when {@code version} no longer
 * has the street. {@code version} 0 is the map shipped with dispatch, later ones operators' uploads.
 */
public record GridMapInForce(String streetId, String streetName, long version, JsonNode map, Instant occurredAt)
        implements GridLoopEvent {

    @Override
    public String subject() {
        return streetId;
    }

    /** Whether the version dropped the street (its map has no features). */
    public boolean retired() {
        return map == null || map.path("features").isEmpty();
    }
}
