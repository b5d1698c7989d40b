package gridloop.registry.facility;

import gridloop.events.catalogue.DepartmentCatalogue;
import gridloop.events.catalogue.FacilityClassCatalogue;
import gridloop.registry.imports.Fields;
import gridloop.registry.imports.Lookups;
import gridloop.registry.imports.RegistryIds;
import gridloop.registry.messages.RegistryMessages;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A facility (a component of the city) as imported or edited. Its columns: {@code code} (16 digits: the district's
 * code, the class, a serial), {@code class} (GB/T 30428.2's 4 digits, {@code GET /api/v1/facility-classes}),
 * {@code name}, {@code building} and {@code floor} when it is in one, {@code latitude}/{@code longitude} (the
 * building's point when left empty), {@code maintainer} (an organisation's code), {@code department} (a department's
 * code) and {@code status} (left empty: kept as it is, and {@code IN_SERVICE} for a new one).
 */
public record FacilityRow(UUID id, String code, String classCode, String name, String buildingId, Integer floor,
        Double latitude, Double longitude, UUID maintainerId, String department, FacilityStatus status) {

    public static final List<String> COLUMNS = List.of("code", "class", "name", "building", "floor", "latitude",
            "longitude", "maintainer", "department", "status");
    public static final Set<String> REQUIRED_COLUMNS = Set.of("code", "class", "name");
    private static final Pattern CODE = Pattern.compile("[0-9]{16}");

    /** The row, or null when something is wrong (then {@code fields} holds the problems). */
    public static FacilityRow read(Fields fields, Lookups lookups, String districtCode) {
        String code = fields.required("code", 16);
        String classCode = fields.required("class", 4);
        if (classCode != null && FacilityClassCatalogue.of(classCode).isEmpty()) {
            fields.problem("class", m -> m.unknownClass(classCode));
        }
        if (code != null) {
            if (!CODE.matcher(code).matches()) {
                fields.problem("code", RegistryMessages::badFacilityCode);
            } else if (!code.startsWith(districtCode)) {
                fields.problem("code", m -> m.codeNotOfDistrict(districtCode));
            } else if (classCode != null && !code.substring(6, 10).equals(classCode)) {
                fields.problem("code", m -> m.codeNotOfClass(classCode));
            }
        }
        String name = fields.required("name", 100);
        String building = fields.identifier("building", false);
        if (building != null && !lookups.buildingGrids().containsKey(building)) {
            fields.problem("building", m -> m.unknownBuilding(building));
        }
        Integer floor = fields.integer("floor", false, -10, 200);
        Double latitude = fields.decimal("latitude", building == null, -90, 90);
        Double longitude = fields.decimal("longitude", building == null, -180, 180);
        String maintainer = fields.optional("maintainer", 40);
        UUID maintainerId = null;
        if (maintainer != null) {
            Lookups.Organisation organisation = lookups.organisations().get(maintainer);
            if (organisation == null) {
                fields.problem("maintainer", m -> m.unknownOrganisation(maintainer));
            } else {
                maintainerId = organisation.id();
            }
        }
        String department = fields.optional("department", 40);
        if (department != null && DepartmentCatalogue.of(department).isEmpty()) {
            fields.problem("department", m -> m.unknownDepartment(department));
        }
        FacilityStatus status = fields.oneOf("status", FacilityStatus.class, false);
        if (!fields.problems().isEmpty()) {
            return null;
        }
        return new FacilityRow(RegistryIds.facility(code), code, classCode, name, building, floor, latitude,
                longitude, maintainerId, department, status);
    }
}
