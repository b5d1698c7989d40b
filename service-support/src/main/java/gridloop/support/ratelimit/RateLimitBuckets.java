package gridloop.support.ratelimit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The token buckets, one per (route, caller), in the service's own database (table {@code rate_limit_allowance}),
 * so that every instance of the service draws on the same one. Each request is one statement on the reactive pool:
 * it refills the bucket for the time since the caller's last request, takes the tokens if they are there, and
 * answers whether it did. A caller's row is locked for that statement only. Time is the application clock, so tests
 * move it instead of waiting.
 */
@ApplicationScoped
public class RateLimitBuckets {

    /** A taken request, or how long until the caller may try again. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    // $1 id, $2 capacity, $3 tokens per second, $4 now, $5 tokens wanted. In DO UPDATE, a.* is the row as it was.
    private static final String AVAILABLE =
            "least($2, a.tokens + greatest(0, extract(epoch from ($4 - a.refilled_at))) * $3)";
    private static final String TAKE = """
            insert into rate_limit_allowance as a (id, tokens, refilled_at, allowed, full_at)
            values ($1, case when $5 <= $2 then $2 - $5 else $2 end, $4, $5 <= $2,
                    $4 + make_interval(secs => least($5, $2) / $3))
            on conflict (id) do update set
                tokens = case when %1$s >= $5 then %1$s - $5 else %1$s end,
                refilled_at = greatest(a.refilled_at, $4),
                allowed = %1$s >= $5,
                full_at = $4 + make_interval(secs => ($2 - case when %1$s >= $5 then %1$s - $5 else %1$s end) / $3)
            returning allowed, tokens""".formatted(AVAILABLE)
            .replace("$2", "$2::float8").replace("$3", "$3::float8").replace("$4", "$4::timestamptz")
            .replace("$5", "$5::float8");

    private final Pool pool;
    private final Clock clock;

    public RateLimitBuckets(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Takes {@code tokens} from the caller's bucket on the route if it holds that many. */
    public Uni<Decision> take(String route, RateLimitConfig.Route limit, String caller, long tokens) {
        double perSecond = limit.requests() / (double) limit.per().toMillis() * 1000.0;
        return pool.preparedQuery(TAKE)
                .execute(Tuple.of(route + "|" + caller, (double) limit.requests(), perSecond, now(), (double) tokens))
                .map(rows -> decision(rows.iterator().next(), tokens, perSecond));
    }

    private static Decision decision(Row row, long wanted, double perSecond) {
        if (row.getBoolean("allowed")) {
            return new Decision(true, Duration.ZERO);
        }
        double missing = wanted - row.getDouble("tokens");
        // A millisecond over, so that a caller who waits exactly this long finds the tokens there.
        return new Decision(false, Duration.ofMillis((long) Math.ceil(missing / perSecond * 1000.0) + 1));
    }

    /** A bucket that would be full again says nothing: its row goes. */
    @Scheduled(every = "10m", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES)
    Uni<Void> removeFullBuckets() {
        return pool.preparedQuery("delete from rate_limit_allowance where full_at < $1").execute(Tuple.of(now()))
                .replaceWithVoid();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
