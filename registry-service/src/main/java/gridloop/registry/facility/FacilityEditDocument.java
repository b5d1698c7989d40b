package gridloop.registry.facility;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/facilities/{id}} as the OpenAPI document describes it: the facilities import's
 * fields but the code. The resource reads it as the import reads a row ({@link FacilityRow#read}).
 */
@Schema(name = "FacilityEdit", description = "A facility's facts, or a status")
public record FacilityEditDocument(
        @JsonProperty("class") @Schema(required = true, description = "GET /api/v1/facility-classes")
        String classCode, @Schema(required = true) String name, String building, Integer floor, Double latitude,
        Double longitude, @Schema(description = "An organisation's code") String maintainer,
        @Schema(description = "A code of GET /api/v1/departments") String department, FacilityStatus status) {
}
