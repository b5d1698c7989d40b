package gridloop.registry.building;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/buildings/{id}} as the OpenAPI document describes it: the buildings import's fields.
 * The resource reads the body as the import reads a row ({@link BuildingRow#read}); this record only documents it.
 */
@Schema(name = "BuildingEdit", description = "A building's facts: the fields of the buildings import")
public record BuildingEditDocument(String estate, @Schema(required = true) String address,
        @Schema(required = true) String number, Integer floors, Integer entrances, Integer dwellings,
        Integer yearBuilt, @Schema(enumeration = {"RESIDENTIAL", "MIXED", "PUBLIC"}) String use,
        @Schema(description = "An organisation's code (a property company)") String propertyCompany,
        @Schema(description = "Only for a building the grid map has not drawn") String grid,
        @Schema(description = "The address point; the outline's centre when left out") Double latitude,
        Double longitude) {
}
