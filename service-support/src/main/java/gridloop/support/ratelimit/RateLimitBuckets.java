package gridloop.support.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The token buckets, one per (route, caller), in the service's own database (table {@code rate_limit_bucket}):
 * Bucket4j reads and writes a bucket under {@code SELECT … FOR UPDATE}, so every instance of the service draws on
 * the same one. Time is the application clock, so tests move it instead of waiting. Calls block (JDBC): callers
 * run them on a worker thread.
 */
@ApplicationScoped
public class RateLimitBuckets {

    /** A taken request, or how long until the caller may try again. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    public RateLimitBuckets(DataSource dataSource, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .clientClock(new ApplicationClock(clock))
                .build();
    }

    /** Takes {@code tokens} from the caller's bucket on the route if it holds that many. */
    public Decision take(String route, RateLimitConfig.Route limit, String caller, long tokens) {
        ConsumptionProbe probe = buckets.builder()
                // A changed limit replaces the stored one at the next request, keeping what the caller has left.
                .withImplicitConfigurationReplacement(version(limit), TokensInheritanceStrategy.AS_IS)
                .build(route + "|" + caller, () -> configuration(limit))
                .tryConsumeAndReturnRemaining(tokens);
        return new Decision(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** A bucket that would be full again says nothing: its row goes (skip locked, so any instance may run this). */
    @Scheduled(every = "10m", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES)
    void removeFullBuckets() {
        while (buckets.removeExpired(1_000) == 1_000) {
            // more to remove
        }
    }

    private static BucketConfiguration configuration(RateLimitConfig.Route limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
                .build();
    }

    private static long version(RateLimitConfig.Route limit) {
        return limit.requests() * 1_000_003L + limit.per().toSeconds();
    }

    private record ApplicationClock(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
