package gridloop.registry.imports;

import gridloop.registry.map.MapPlaceQueries.Place;
import java.util.Map;
import java.util.UUID;

/**
 * What records refer to, read once before an import or an edit is checked: the map in force, the registry's buildings
 * (with their grid) and organisations (with their type), and the facilities' codes.
 */
public record Lookups(Map<String, Place> map, Map<String, String> buildingGrids,
        Map<String, Organisation> organisations, Map<String, UUID> facilities) {

    /** An organisation as others refer to it: by code. */
    public record Organisation(UUID id, String type) {
    }
}
