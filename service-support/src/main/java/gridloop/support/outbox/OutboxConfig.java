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

    /** Safety net only: commits wake the relay at once through LISTEN/NOTIFY. */
    @WithDefault("1s")
    Duration pollInterval();

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
