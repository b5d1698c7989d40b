package gridloop.dispatch.grid;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a map upload, for the OpenAPI document only: the upload itself is read as a JSON tree by
 * {@link GridMapUpload}, which reports every problem of every feature at once instead of failing at the first.
 */
@Schema(name = "GridMapFeatureCollection", description = "A GeoJSON FeatureCollection of the district's units")
record GridMapDocument(
        @Schema(required = true, enumeration = "FeatureCollection") String type,
        @Schema(required = true) List<Feature> features) {

    @Schema(name = "GridMapFeature")
    record Feature(
            @Schema(required = true, enumeration = "Feature") String type,
            @Schema(required = true) Properties properties,
            @Schema(required = true) Geometry geometry) {
    }

    @Schema(name = "GridMapUnitProperties")
    record Properties(
            @Schema(required = true, enumeration = {"street", "community", "grid", "building"}) String level,
            @Schema(required = true, examples = "hualong-g1") String id,
            @Schema(required = true, examples = "Hualong grid 1") String name,
            @Schema(nullable = true, description = "The id of the unit one level up; null for a street") String parent) {
    }

    @Schema(name = "GridMapPolygon", description = "A GeoJSON Polygon: closed rings of [longitude, latitude]")
    record Geometry(
            @Schema(required = true, enumeration = "Polygon") String type,
            @Schema(required = true, type = SchemaType.ARRAY) List<List<List<Double>>> coordinates) {
    }
}
