package gridloop.registry.household;

import gridloop.registry.imports.Fields;
import gridloop.registry.imports.Lookups;
import gridloop.registry.imports.RegistryIds;
import gridloop.registry.messages.RegistryMessages;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A dwelling (栋-单元-室) and its household, as imported or edited. Its columns: {@code building}, {@code entrance},
 * {@code room}, {@code occupancy}, {@code residents}, the care groups {@code elderlyLivingAlone}, {@code disabled},
 * {@code leftBehindChildren}, {@code lowIncome} (true/false), and at most one contact, {@code contactName} and
 * {@code contactPhone}. Never an ID-card number: there is no column for one.
 */
public record HouseholdRow(UUID id, String buildingId, int entrance, String room, Occupancy occupancy, int residents,
        boolean elderlyLivingAlone, boolean disabled, boolean leftBehindChildren, boolean lowIncome,
        String contactName, String contactPhone) {

    public static final List<String> COLUMNS = List.of("building", "entrance", "room", "occupancy", "residents",
            "elderlyLivingAlone", "disabled", "leftBehindChildren", "lowIncome", "contactName", "contactPhone");
    public static final Set<String> REQUIRED_COLUMNS = Set.of("building", "entrance", "room", "occupancy",
            "residents");

    /** The row, or null when something is wrong (then {@code fields} holds the problems). */
    public static HouseholdRow read(Fields fields, Lookups lookups) {
        String building = fields.identifier("building", true);
        if (building != null && !lookups.buildingGrids().containsKey(building)) {
            fields.problem("building", m -> m.unknownBuilding(building));
        }
        Integer entrance = fields.integer("entrance", true, 1, 50);
        String room = fields.required("room", 10);
        Occupancy occupancy = fields.oneOf("occupancy", Occupancy.class, true);
        Integer residents = fields.integer("residents", true, 0, 30);
        boolean elderly = fields.flag("elderlyLivingAlone");
        boolean disabled = fields.flag("disabled");
        boolean children = fields.flag("leftBehindChildren");
        boolean lowIncome = fields.flag("lowIncome");
        String contactName = fields.optional("contactName", 50);
        String contactPhone = fields.phone("contactPhone");
        if (contactPhone != null && contactName == null) {
            fields.problem("contactName", RegistryMessages::required);
        }
        boolean anyone = (residents != null && residents > 0) || elderly || disabled || children || lowIncome
                || contactName != null;
        if (occupancy == Occupancy.VACANT && anyone) {
            fields.problem("occupancy", RegistryMessages::vacantHasNoPeople);
        }
        if (!fields.problems().isEmpty()) {
            return null;
        }
        return new HouseholdRow(RegistryIds.household(building, entrance, room), building, entrance, room, occupancy,
                residents, elderly, disabled, children, lowIncome, contactName, contactPhone);
    }
}
