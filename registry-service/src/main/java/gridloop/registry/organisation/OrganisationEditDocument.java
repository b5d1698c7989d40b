package gridloop.registry.organisation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/organisations/{id}} as the OpenAPI document describes it: the organisations import's
 * fields but the code. The resource reads it as the import reads a row ({@link OrganisationRow#read}).
 */
@Schema(name = "OrganisationEdit", description = "An organisation's facts")
public record OrganisationEditDocument(@Schema(required = true) OrganisationType type,
        @Schema(required = true) String name, @Schema(description = "The code of the organisation above it")
        String parent, String contactName, String contactPhone, Integer members,
        @Schema(description = "Building ids it covers") List<String> buildings,
        @Schema(description = "Map units (grids, communities) it covers whole") List<String> units) {
}
