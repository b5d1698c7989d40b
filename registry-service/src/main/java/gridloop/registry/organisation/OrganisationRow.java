package gridloop.registry.organisation;

import gridloop.registry.imports.Fields;
import gridloop.registry.imports.Lookups;
import gridloop.registry.imports.RegistryIds;
import gridloop.registry.messages.RegistryMessages;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation as imported or edited. Its columns (CSV header, edit body): {@code code}, {@code type},
 * {@code name}, {@code parent} (the code of the organisation above it), {@code contactName}, {@code contactPhone},
 * {@code members}, {@code buildings} and {@code units} (ids separated by {@code ;}).
 */
public record OrganisationRow(UUID id, String code, OrganisationType type, String name, String parentCode,
        String contactName, String contactPhone, int members, List<String> buildingIds, List<String> unitIds) {

    public static final List<String> COLUMNS = List.of("code", "type", "name", "parent", "contactName",
            "contactPhone", "members", "buildings", "units");
    public static final Set<String> REQUIRED_COLUMNS = Set.of("code", "type", "name");

    /**
     * The row, or null when something is wrong (then {@code fields} holds the problems). {@code codesInFile} are the
     * organisations the same import adds: a parent may be one of them.
     */
    public static OrganisationRow read(Fields fields, Lookups lookups, Set<String> codesInFile) {
        String code = fields.required("code", 40);
        OrganisationType type = fields.oneOf("type", OrganisationType.class, true);
        String name = fields.required("name", 100);
        String parent = fields.optional("parent", 40);
        if (parent != null && parent.equals(code)) {
            fields.problem("parent", RegistryMessages::ownParent);
        } else if (parent != null && !lookups.organisations().containsKey(parent) && !codesInFile.contains(parent)) {
            fields.problem("parent", m -> m.unknownOrganisation(parent));
        }
        String contactName = fields.optional("contactName", 50);
        String contactPhone = fields.phone("contactPhone");
        Integer members = fields.integer("members", false, 0, 100_000);
        List<String> buildings = fields.list("buildings");
        for (String building : buildings) {
            if (!lookups.buildingGrids().containsKey(building)) {
                fields.problem("buildings", m -> m.unknownBuilding(building));
            }
        }
        List<String> units = fields.list("units");
        for (String unit : units) {
            if (!lookups.map().containsKey(unit)) {
                fields.problem("units", m -> m.unknownUnit(unit));
            }
        }
        if (!fields.problems().isEmpty()) {
            return null;
        }
        return new OrganisationRow(RegistryIds.organisation(code), code, type, name, parent, contactName,
                contactPhone, members == null ? 0 : members, buildings, units);
    }
}
