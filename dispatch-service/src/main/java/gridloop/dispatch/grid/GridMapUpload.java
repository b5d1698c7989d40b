package gridloop.dispatch.grid;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.support.i18n.Text;
import gridloop.dispatch.messages.DispatchMessages;
import gridloop.support.problem.ApiException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Validates an operator's map, stores it as a new version, puts it in force and prunes old versions. The
 * validation (geometry and the pairwise overlap check, quadratic in the features of a level) runs on a worker
 * thread, never on the event loop, and only for a map of at most {@code gridloop.grid-map.max-features}.
 */
@ApplicationScoped
public class GridMapUpload {

    private final GridMapStatements store;
    private final GridMapHolder holder;
    private final GridMapPublisher publisher;
    private final int maxFeatures;
    private final int keepVersions;

    GridMapUpload(GridMapStatements store, GridMapHolder holder, GridMapPublisher publisher,
            @ConfigProperty(name = "gridloop.grid-map.max-features", defaultValue = "5000") int maxFeatures,
            @ConfigProperty(name = "gridloop.grid-map.keep-versions", defaultValue = "10") int keepVersions) {
        this.store = store;
        this.holder = holder;
        this.publisher = publisher;
        this.maxFeatures = maxFeatures;
        // At least the version in force is kept, whatever the setting says.
        this.keepVersions = Math.max(1, keepVersions);
    }

    /**
     * Summary of the stored version: its number and how many units of each level it has. A refusal names each
     * problem in the operator's language ({@code reader}).
     */
    public Uni<Map<String, Object>> replace(JsonNode featureCollection, Locale reader) {
        int features = featureCollection.path("features").size();
        if (features > maxFeatures) {
            throw ApiException.unprocessable("too-many-features", Text.of(DispatchMessages.class, DispatchMessages::tooManyFeatures),
                    Text.of(DispatchMessages.class, m -> m.tooManyFeaturesDetail(features, maxFeatures)), null, null);
        }
        return Uni.createFrom().item(() -> read(featureCollection, reader))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(map -> store.save(featureCollection.toString(), map.units().size())
                        .call(version -> store.deleteOlderThan(version - keepVersions + 1))
                        .map(version -> {
                            holder.install(version, map);
                            Map<String, Object> summary = new LinkedHashMap<>();
                            summary.put("version", version);
                            Arrays.stream(GridLevel.values()).forEach(level -> summary.put(level.json() + "Count",
                                    map.units().stream().filter(u -> u.level() == level).count()));
                            return summary;
                        })
                        // On the grid-maps topic at once, not at the next check.
                        .call(() -> publisher.publishInForce()));
    }

    private static GridMap read(JsonNode featureCollection, Locale reader) {
        GeoJsonMapReader.Result result;
        try {
            result = GeoJsonMapReader.read(featureCollection);
        } catch (UnusableMap e) {
            throw ApiException.badRequest(Text.of(DispatchMessages.class,
                    m -> m.invalidGeoJson(MapProblemWording.text(e.problem(), reader))), null);
        }
        if (result.map().isEmpty()) {
            int invalid = result.invalidFeatures().size();
            throw ApiException.unprocessable("invalid-map", Text.of(DispatchMessages.class, DispatchMessages::invalidMap),
                    Text.of(DispatchMessages.class, m -> m.invalidFeaturesDetail(invalid)), null, Map.of("invalidFeatures", MapProblemWording.features(result.invalidFeatures(), reader)));
        }
        return result.map().get();
    }
}
