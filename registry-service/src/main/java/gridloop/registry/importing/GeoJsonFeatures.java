package gridloop.registry.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.registry.building.BuildingRow;
import gridloop.registry.imports.CsvTable;
import gridloop.registry.imports.Fields;
import gridloop.registry.imports.JsonFields;
import gridloop.registry.imports.RowProblem;
import gridloop.registry.messages.RegistryMessages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A GeoJSON FeatureCollection of buildings as rows: each feature's properties as fields (arrays joined by {@code ;}),
 * its geometry's type, and a Point's coordinates as {@code latitude}/{@code longitude}. Row n is the n-th feature.
 */
final class GeoJsonFeatures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonFeatures() {
    }

    /** Gives each feature to {@code rows}; nothing when the document itself is wrong. */
    static CsvTable.Parsed parse(byte[] body, int maxRows, java.util.function.Consumer<Fields> rows) {
        List<RowProblem> problems = new ArrayList<>();
        JsonNode document;
        try {
            document = JSON.readTree(body);
        } catch (IOException e) {
            document = null;
        }
        if (document == null || !"FeatureCollection".equals(document.path("type").asText())
                || !document.path("features").isArray()) {
            problems.add(RowProblem.of(0, null, RegistryMessages::notGeoJson));
            return new CsvTable.Parsed(0, problems);
        }
        JsonNode features = document.path("features");
        if (features.isEmpty()) {
            problems.add(RowProblem.of(0, null, RegistryMessages::emptyFile));
            return new CsvTable.Parsed(0, problems);
        }
        if (features.size() > maxRows) {
            problems.add(RowProblem.of(0, null, m -> m.tooManyRows(maxRows)));
            return new CsvTable.Parsed(features.size(), problems);
        }
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            if (!"Feature".equals(feature.path("type").asText()) || !feature.path("properties").isObject()) {
                problems.add(RowProblem.of(i + 1, null, RegistryMessages::notAFeature));
                continue;
            }
            Map<String, String> values = JsonFields.of(feature.path("properties"));
            JsonNode geometry = feature.path("geometry");
            if (geometry.isObject()) {
                values.put(BuildingRow.GEOMETRY_TYPE, geometry.path("type").asText());
                if ("Point".equals(geometry.path("type").asText())) {
                    values.put("longitude", geometry.path("coordinates").path(0).asText());
                    values.put("latitude", geometry.path("coordinates").path(1).asText());
                }
            }
            rows.accept(new Fields(i + 1, values));
        }
        return new CsvTable.Parsed(features.size(), problems);
    }
}
