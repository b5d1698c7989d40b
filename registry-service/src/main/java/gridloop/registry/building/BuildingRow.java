package gridloop.registry.building;

import gridloop.registry.imports.Fields;
import gridloop.registry.imports.Lookups;
import gridloop.registry.map.MapPlaceQueries.Place;
import gridloop.registry.messages.RegistryMessages;
import gridloop.registry.organisation.OrganisationType;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A building as imported (a GeoJSON feature's properties) or edited. Its fields: {@code id} (its outline's id on the
 * grid map, or a new id for a building the map has not drawn), {@code grid} (only for such a building), {@code estate}
 * (小区), {@code address}, {@code number}, {@code floors}, {@code entrances}, {@code dwellings}, {@code yearBuilt},
 * {@code use}, {@code propertyCompany} (an organisation's code), and its address point {@code latitude} /
 * {@code longitude} (a feature's Point). Where it lies (grid, community, street) is the map's: a building the map has
 * drawn lies where the map says.
 */
public record BuildingRow(String id, String code, String streetId, String communityId, String gridId, String estate,
        String address, String number, Double latitude, Double longitude, Integer floors, Integer entrances,
        Integer dwellings, Integer yearBuilt, BuildingUse use, UUID propertyCompanyId) {

    public static final List<String> COLUMNS = List.of("id", "grid", "estate", "address", "number", "floors",
            "entrances", "dwellings", "yearBuilt", "use", "propertyCompany", "latitude", "longitude", "geometryType");
    public static final Set<String> REQUIRED_COLUMNS = Set.of("id", "address", "number");
    /** How a feature's geometry arrives among its fields: its type, and a Point's coordinates. */
    public static final String GEOMETRY_TYPE = "geometryType";

    /**
     * The row, or null when something is wrong (then {@code fields} holds the problems). {@code districtCode} starts
     * the code of a building new to the registry; one already registered keeps its code whatever the map does later.
     */
    public static BuildingRow read(Fields fields, Lookups lookups, String districtCode, int thisYear) {
        String id = fields.identifier("id", true);
        String geometryType = fields.optional(GEOMETRY_TYPE, 40);
        if (geometryType != null && !geometryType.equals("Point")) {
            fields.problem("geometry", RegistryMessages::outlineBelongsToMap);
        }
        Double latitude = fields.decimal("latitude", false, -90, 90);
        Double longitude = fields.decimal("longitude", false, -180, 180);
        String grid = fields.identifier("grid", false);
        String estate = fields.optional("estate", 100);
        String address = fields.required("address", 200);
        String number = fields.required("number", 20);
        Integer floors = fields.integer("floors", false, 1, 200);
        Integer entrances = fields.integer("entrances", false, 1, 50);
        Integer dwellings = fields.integer("dwellings", false, 0, 10_000);
        Integer yearBuilt = fields.integer("yearBuilt", false, 1800, thisYear);
        BuildingUse use = fields.oneOf("use", BuildingUse.class, false);
        String company = fields.optional("propertyCompany", 40);
        UUID companyId = null;
        if (company != null) {
            Lookups.Organisation organisation = lookups.organisations().get(company);
            if (organisation == null) {
                fields.problem("propertyCompany", m -> m.unknownOrganisation(company));
            } else if (!organisation.type().equals(OrganisationType.PROPERTY_COMPANY.name())) {
                fields.problem("propertyCompany",
                        m -> m.organisationNotOfType(company, OrganisationType.PROPERTY_COMPANY.name()));
            } else {
                companyId = organisation.id();
            }
        }
        if (id == null) {
            return null;
        }
        Place drawn = lookups.map().get(id);
        Place gridPlace;
        if (drawn != null && drawn.level().equals("building")) {
            gridPlace = lookups.map().get(drawn.gridId());
            if (grid != null && !grid.equals(drawn.gridId())) {
                fields.problem("grid", m -> m.gridDiffersFromMap(drawn.gridId()));
            }
            if (latitude == null || longitude == null) {
                latitude = drawn.centreLat();
                longitude = drawn.centreLon();
            }
        } else {
            gridPlace = grid == null ? null : lookups.map().get(grid);
            if (grid == null || latitude == null || longitude == null) {
                fields.problem("grid", RegistryMessages::notDrawnNeedsGridAndPoint);
            } else if (gridPlace == null || !gridPlace.level().equals("grid")) {
                fields.problem("grid", m -> m.unknownGrid(grid));
            }
        }
        if (!fields.problems().isEmpty() || gridPlace == null) {
            return null;
        }
        String code = String.join("-", districtCode, gridPlace.streetId(), gridPlace.communityId(),
                gridPlace.unitId(), id);
        return new BuildingRow(id, code, gridPlace.streetId(), gridPlace.communityId(), gridPlace.unitId(), estate,
                address, number, latitude, longitude, floors, entrances, dwellings, yearBuilt, use, companyId);
    }

    public static int thisYear(java.time.Clock clock) {
        return Year.now(clock).getValue();
    }
}
