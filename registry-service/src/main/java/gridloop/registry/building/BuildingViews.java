package gridloop.registry.building;

import gridloop.events.BuildingRecorded;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the registry answers about buildings. */
public final class BuildingViews {

    private BuildingViews() {
    }

    /** A building in a list: where it is, and how many live there. */
    public record Summary(String id, String code, String gridId, String estate, String address, String number,
            Double latitude, Double longitude, int households, int residents, int openAppeals) {
    }

    /**
     * A building's card. {@code careGroups} is null for a reader who may not see them (only operators, registrars
     * and the worker of its grid may); households and residents are counts for everyone.
     */
    public record Card(String id, String code, String streetId, String communityId, String gridId, String estate,
            String address, String number, Double latitude, Double longitude, Integer floors, Integer entrances,
            Integer dwellings, Integer yearBuilt, String use, UUID propertyCompanyId, People people,
            CareGroups careGroups, List<Organisation> organisations, List<Facility> facilities,
            List<AppealRef> appeals, int openAppeals, int appealsInWindow, long version, Instant updatedAt) {
    }

    public record People(int households, int residents, int ownerOccupied, int rented, int vacant) {
    }

    public record CareGroups(int elderlyLivingAlone, int disabled, int leftBehindChildren, int lowIncome) {
    }

    public record Organisation(UUID id, String code, String type, String name, int members) {
    }

    public record Facility(UUID id, String code, String classCode, String name, Integer floor, String status) {
    }

    /** An appeal that lies in the building or names one of its facilities. */
    public record AppealRef(UUID appealId, String reference, String category, UUID facilityId, Instant submittedAt,
            boolean open, String outcome) {
    }

    static People people(BuildingRecorded.People counts) {
        return new People(counts.households(), counts.residents(), counts.ownerOccupied(), counts.rented(),
                counts.vacant());
    }
}
