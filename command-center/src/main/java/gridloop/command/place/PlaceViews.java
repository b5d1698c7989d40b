package gridloop.command.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the map's place layers and cards answer: the command centre's copies of the registry, with live counts. */
public final class PlaceViews {

    private PlaceViews() {
    }

    @Schema(description = "A building in view, with every measure the map shades by")
    public record BuildingInView(String buildingId, String code, String address, String number, double latitude,
            double longitude,
            @Schema(description = "The building's outline on the grid map (GeoJSON geometry), null when the map has none")
            JsonNode outline,
            @Schema(description = "Open appeals located in it or naming its facilities") long openAppeals,
            @Schema(description = "Appeals of the last 90 days") long recentAppeals,
            @Schema(description = "Households in a care group (each group counted)") int careHouseholds,
            @Schema(description = "Vacant dwellings divided by dwellings, null without dwellings") Double vacancy) {
    }

    @Schema(description = "A facility in view")
    public record FacilityInView(UUID facilityId, String code, String classCode, String name, String status,
            double latitude, double longitude, String buildingId,
            @Schema(description = "Appeals that named it in the last 90 days") long faultsInWindow,
            @Schema(description = "Whether they make it a repeat problem (3 or more)") boolean repeats) {
    }

    /** Where an organisation's cover lies: one of its buildings (outline or point) or a map unit's outline. */
    public record CoveredPlace(String id, String address, Double latitude, Double longitude, JsonNode outline) {
    }

    @Schema(description = "An organisation covering something in view, with the places it covers")
    public record OrganisationInView(UUID organisationId, String code, String type, String name, int members,
            List<CoveredPlace> buildings, List<CoveredPlace> units) {
    }

    @Schema(description = "The buildings in view; at most 3,000, truncated says when there were more")
    public record Buildings(List<BuildingInView> items, boolean truncated) {
    }

    @Schema(description = "The facilities in view; at most 3,000, truncated says when there were more")
    public record Facilities(List<FacilityInView> items, boolean truncated) {
    }

    @Schema(description = "Households by occupancy, and residents: counts, never a person")
    public record People(int households, int residents, int ownerOccupied, int rented, int vacant) {
    }

    @Schema(description = "Households in each care group; a count of households, shown only to roles that may see it")
    public record CareGroups(int elderlyLivingAlone, int disabled, int leftBehindChildren, int lowIncome) {
    }

    public record OrganisationRef(UUID organisationId, String code, String type, String name, int members) {
    }

    public record FacilityRef(UUID facilityId, String code, String classCode, String name, Integer floor,
            String status, long faultsInWindow) {
    }

    @Schema(description = "An appeal on a card: its details are at /api/v1/appeals/{appealId}")
    public record AppealRef(UUID appealId, String reference, String category, String status, boolean open,
            boolean overdue, OffsetDateTime submittedAt, UUID facilityId) {
    }

    @Schema(description = "A building's card")
    public record BuildingCard(String buildingId, String code, String address, String estate, String number,
            String gridId, String communityId, Double latitude, Double longitude, JsonNode outline, Integer floors,
            Integer entrances, Integer dwellings, Integer yearBuilt, String use, People people,
            @Schema(description = "Null for a role that may not see them") CareGroups careGroups,
            List<OrganisationRef> organisations, List<FacilityRef> facilities,
            @Schema(description = "Open appeals, then those of the last 90 days; newest first, at most 100")
            List<AppealRef> appeals, long openAppeals, long appealsInWindow) {
    }

    @Schema(description = "A facility's card")
    public record FacilityCard(UUID facilityId, String code, String classCode, String name, String buildingId,
            String buildingAddress, Integer floor, double latitude, double longitude,
            OrganisationRef maintainer, String department, String status, OffsetDateTime statusSince,
            @Schema(description = "Every appeal that named it, newest first, at most 100") List<AppealRef> appeals,
            long faultsInWindow, boolean repeats) {
    }

    @Schema(description = "An organisation's card; its contact is read from the registry with a purpose")
    public record OrganisationCard(UUID organisationId, String code, String type, String name, int members,
            OrganisationRef parent, List<CoveredPlace> buildings, List<CoveredPlace> units) {
    }
}
