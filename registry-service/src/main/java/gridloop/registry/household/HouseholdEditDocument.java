package gridloop.registry.household;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/households/{id}} as the OpenAPI document describes it: the households import's
 * fields but the dwelling. The resource reads it as the import reads a row ({@link HouseholdRow#read}).
 */
@Schema(name = "HouseholdEdit", description = "A household's facts and its one contact (none given: erased)")
public record HouseholdEditDocument(
        @Schema(required = true, enumeration = {"OWNER_OCCUPIED", "RENTED", "VACANT"}) String occupancy,
        @Schema(required = true) Integer residents, Boolean elderlyLivingAlone, Boolean disabled,
        Boolean leftBehindChildren, Boolean lowIncome, String contactName, String contactPhone) {
}
