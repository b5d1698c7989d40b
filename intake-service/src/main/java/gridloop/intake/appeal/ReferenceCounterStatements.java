package gridloop.intake.appeal;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** The day's reference counter row ({@code appeal_reference_counter}). */
@ApplicationScoped
public class ReferenceCounterStatements {

    private final Pool pool;

    ReferenceCounterStatements(Pool pool) {
        this.pool = pool;
    }

    /**
     * Takes the next {@code size} numbers of the day, in a statement of its own (whatever transaction the caller is
     * in): returns the last of them.
     */
    public Uni<Long> takeBlock(LocalDate day, int size) {
        return pool.preparedQuery("insert into appeal_reference_counter (day, last_value) values ($1, $2)"
                        + " on conflict (day) do update set last_value = appeal_reference_counter.last_value + $2"
                        + " returning last_value")
                .execute(Tuple.of(day, size))
                .map(rows -> rows.iterator().next().getLong(0));
    }
}
