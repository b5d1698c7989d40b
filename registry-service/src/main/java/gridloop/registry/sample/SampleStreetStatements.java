package gridloop.registry.sample;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/** Whether a sample was loaded ({@code sample_loaded}), and whether the map in force has buildings to load it on. */
@ApplicationScoped
public class SampleStreetStatements {

    /** Whether the sample is loaded, and how many buildings the map in force has drawn. */
    public record State(boolean loaded, long drawnBuildings) {
    }

    private final Pool pool;

    SampleStreetStatements(Pool pool) {
        this.pool = pool;
    }

    public Uni<State> state(String name) {
        return pool.preparedQuery("select (select count(*) from sample_loaded where name = $1) as loaded, "
                        + "(select count(*) from map_unit where level = 'building') as drawn")
                .execute(Tuple.of(name)).map(rows -> {
                    Row row = rows.iterator().next();
                    return new State(row.getLong("loaded") > 0, row.getLong("drawn"));
                });
    }

    public Uni<Void> markLoaded(String name, Instant at) {
        return pool.preparedQuery("insert into sample_loaded (name, loaded_at) values ($1, $2) on conflict do nothing")
                .execute(Tuple.of(name, at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }
}
