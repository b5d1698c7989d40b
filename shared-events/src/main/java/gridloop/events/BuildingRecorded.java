package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A building of the registry (实有房屋) as it now stands. {@code buildingId} is the id of the building's outline on
 * the grid map (the map owns outlines, the registry the rest); {@code code} is its building code
 * ({@code <district>-<street>-<community>-<grid>-<building>}, stable once given). {@code latitude}/{@code longitude}
 * is the building's address point. {@code people} counts its households and residents, never a person.
 */
public record BuildingRecorded(String buildingId, String code, String streetId, String communityId, String gridId,
        String estate, String address, String number, Double latitude, Double longitude, Integer floors,
        Integer entrances, Integer dwellings, Integer yearBuilt, String use, UUID propertyCompanyId, People people,
        long version, Instant occurredAt) implements RegistryEvent {

    /**
     * Households by occupancy and in each care group, and the residents they count. A care-group count is of
     * households, so a small building's count can be 1: readers show it only to roles that may see households.
     */
    public record People(int households, int residents, int ownerOccupied, int rented, int vacant,
            int elderlyLivingAlone, int disabled, int leftBehindChildren, int lowIncome) {

        public static final People NONE = new People(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public String subject() {
        return buildingId;
    }
}
