package gridloop.dispatch.grid;

import java.util.List;
import java.util.Map;
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
            @Schema(description = "Its English name (or its Chinese one, when written in Chinese); the id when no "
                    + "name is given", examples = "Hualong Grid 1") String name,
            @Schema(description = "Its name in Chinese, the district's language", examples = "花龙社区第一网格")
            String name_zh,
            @Schema(description = "Its name in English", examples = "Hualong Grid 1") String name_en,
            @Schema(description = "Its names by language tag (zh-CN, en), instead of name_zh and name_en",
                    examples = "{\"zh-CN\": \"花龙社区第一网格\", \"en\": \"Hualong Grid 1\"}") Map<String, String> names,
            @Schema(nullable = true, description = "The id of the unit one level up; null for a street") String parent) {
    }

    @Schema(name = "GridMapPolygon", description = "A GeoJSON Polygon: closed rings of [longitude, latitude]")
    record Geometry(
            @Schema(required = true, enumeration = "Polygon") String type,
            @Schema(required = true, type = SchemaType.ARRAY) List<List<List<Double>>> coordinates) {
    }
}
