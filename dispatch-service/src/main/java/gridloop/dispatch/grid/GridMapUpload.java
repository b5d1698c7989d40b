package gridloop.dispatch.grid;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.support.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Validates an operator's map, stores it as a new version and puts it in force. */
@ApplicationScoped
public class GridMapUpload {

    private final GridMapStore store;
    private final GridMapHolder holder;

    GridMapUpload(GridMapStore store, GridMapHolder holder) {
        this.store = store;
        this.holder = holder;
    }

    /** Summary of the stored version: its number and how many units of each level it has. */
    public Uni<Map<String, Object>> replace(JsonNode featureCollection) {
        GeoJsonMapReader.Result result;
        try {
            result = GeoJsonMapReader.read(featureCollection);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), null);
        }
        if (result.map().isEmpty()) {
            throw ApiException.unprocessable("invalid-map", "The map has invalid features",
                    result.invalidFeatures().size() + " feature(s) cannot be used; nothing was changed",
                    null, Map.of("invalidFeatures", result.invalidFeatures()));
        }
        GridMap map = result.map().get();
        return store.save(featureCollection.toString(), map.units().size()).map(version -> {
            holder.install(version, map);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("version", version);
            Arrays.stream(GridLevel.values()).forEach(level -> summary.put(level.json() + "Count",
                    map.units().stream().filter(u -> u.level() == level).count()));
            return summary;
        });
    }
}
