package gridloop.dispatch.grid;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The uploaded map versions in the database; the newest is the map in force. */
@ApplicationScoped
public class GridMapStatements {

    /** A stored map document with its version. */
    public record StoredMap(long version, String document) {
    }

    private final Pool pool;

    GridMapStatements(Pool pool) {
        this.pool = pool;
    }

    // The document is bound as text and cast by PostgreSQL: bound as jsonb, a Java String would be stored
    // as one JSON string value.
    public Uni<Long> save(String document, int features) {
        return pool.preparedQuery("insert into grid_map_version (document, features) values ($1::text::jsonb, $2) "
                        + "returning version")
                .execute(Tuple.of(document, features))
                .map(rows -> rows.iterator().next().getLong("version"));
    }

    /**
     * Deletes the stored versions before {@code version} (the newest kept ones stay, an audit of recent uploads).
     * Safe with several instances: deleting twice is deleting once, and an instance that still has an older map
     * in force only ever loads the newest.
     */
    public Uni<Integer> deleteOlderThan(long version) {
        return pool.preparedQuery("delete from grid_map_version where version < $1").execute(Tuple.of(version))
                .map(rows -> rows.rowCount());
    }

    /** The newest stored version when it is newer than {@code than}. */
    public Uni<Optional<StoredMap>> newerThan(long than) {
        return pool.preparedQuery("select version, document::text as document from grid_map_version "
                        + "where version > $1 order by version desc limit 1")
                .execute(Tuple.of(than))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new StoredMap(row.getLong("version"), row.getString("document")));
                });
    }
}
