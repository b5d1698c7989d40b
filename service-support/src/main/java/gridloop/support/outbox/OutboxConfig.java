package gridloop.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of the outbox relay; the defaults suit a single district. */
@ConfigMapping(prefix = "gridloop.outbox")
public interface OutboxConfig {

    /** Rows published per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /**
     * The longest the relay sleeps while idle: this instance's commits wake it at once ({@link OutboxWakeUp}); rows
     * written without a wake-up (another instance's, a scheduled job's) wait at most this long.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** How soon the relay looks again while rows come that it was not woken for, or another instance relays. */
    @WithDefault("50ms")
    Duration activePollInterval();

    /** Longest wait between attempts while the broker or the database is away. */
    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * How long to wait for the broker's acknowledgement of one batch: longer than the producer's own
     * delivery timeout (2 min, {@link KafkaEventPublisher#DELIVERY_TIMEOUT}), so the relay never sends rows
     * again while the producer may still deliver them.
     */
    @WithDefault("130s")
    Duration sendTimeout();

    /** Sent rows older than this are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
