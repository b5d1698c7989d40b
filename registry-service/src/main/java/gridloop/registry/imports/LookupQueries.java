package gridloop.registry.imports;

import gridloop.registry.map.MapPlaceQueries;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Reads the {@link Lookups} (a district's whole registry is a few tens of thousands of short rows). */
@ApplicationScoped
public class LookupQueries {

    private final Pool pool;
    private final MapPlaceQueries places;

    LookupQueries(Pool pool, MapPlaceQueries places) {
        this.pool = pool;
        this.places = places;
    }

    public Uni<Lookups> read() {
        Uni<Map<String, String>> buildings = pool.query("select id, grid_id from building").execute().map(rows -> {
            Map<String, String> grids = new HashMap<>();
            for (Row row : rows) {
                grids.put(row.getString("id"), row.getString("grid_id"));
            }
            return grids;
        });
        Uni<Map<String, Lookups.Organisation>> organisations = pool.query("select code, id, type from organisation")
                .execute().map(rows -> {
                    Map<String, Lookups.Organisation> byCode = new HashMap<>();
                    for (Row row : rows) {
                        byCode.put(row.getString("code"),
                                new Lookups.Organisation(row.getUUID("id"), row.getString("type")));
                    }
                    return byCode;
                });
        Uni<Map<String, UUID>> facilities = pool.query("select code, id from facility").execute().map(rows -> {
            Map<String, UUID> byCode = new HashMap<>();
            for (Row row : rows) {
                byCode.put(row.getString("code"), row.getUUID("id"));
            }
            return byCode;
        });
        return Uni.combine().all().unis(places.all(), buildings, organisations, facilities).asTuple()
                .map(all -> new Lookups(all.getItem1(), all.getItem2(), all.getItem3(), all.getItem4()));
    }
}
