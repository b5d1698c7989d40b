package gridloop.feedback.evaluation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Calls the evaluation's fold of pending deltas into the daily rollups ({@code evaluation_compact}, R__ migration). */
@ApplicationScoped
public class RollupStatements {

    private final Pool pool;

    RollupStatements(Pool pool) {
        this.pool = pool;
    }

    /** Folds up to {@code maxRows} of the oldest deltas in a transaction of its own; returns how many. */
    public Uni<Integer> compact(int maxRows) {
        return pool.withTransaction(connection -> connection.preparedQuery("select evaluation_compact($1) as folded")
                .execute(Tuple.of(maxRows)).map(rows -> rows.iterator().next().getInteger("folded")));
    }
}
