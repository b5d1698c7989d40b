package gridloop.support.inbox;

import gridloop.events.AppealEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The idempotent-consumer step every service's consumers go through: decode the CloudEvent, then in one
 * transaction record its {@code ce_id} and apply it, or do nothing when it was applied before.
 * An unreadable message fails the returned Uni with
 * {@link gridloop.events.UnreadableEventException}, which the channel's dead-letter strategy parks; a
 * failure of our own database ({@link TransientFailures}) is retried instead, with backoff.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final Duration RETRY_FIRST_WAIT = Duration.ofMillis(200);
    private static final Duration RETRY_MAX_WAIT = Duration.ofSeconds(5);

    private final ProcessedEventLog log;

    EventInbox(ProcessedEventLog log) {
        this.log = log;
    }

    public Uni<Void> applyOnce(String consumer, ConsumerRecord<String, byte[]> record,
            Function<IncomingEvent, Uni<Void>> work) {
        return Uni.createFrom().item(() -> IncomingEvent.from(record))
                .chain(event -> Panache.withTransaction(() -> log.markProcessed(consumer, event.id())
                                .chain(first -> first ? work.apply(event).replaceWith(true) : Uni.createFrom().item(false)))
                        // Our database away is not the message's fault: the whole transaction is tried again,
                        // holding the partition (order per appeal), until it is back.
                        .onFailure(TransientFailures::isTransient).invoke(failure -> LOG.warnf(
                                "%s could not apply %s ce_id=%s, database unavailable (%s); retrying", consumer,
                                event.type(), event.id(), failure.getMessage()))
                        .onFailure(TransientFailures::isTransient).retry()
                        .withBackOff(RETRY_FIRST_WAIT, RETRY_MAX_WAIT).indefinitely()
                        .invoke(applied -> LOG.infof("%s %s %s appeal=%s ce_id=%s", consumer,
                                applied ? "applied" : "skipped duplicate", event.type(), subject(event), event.id())))
                .replaceWithVoid();
    }

    private static String subject(IncomingEvent event) {
        return event.payload() instanceof AppealEvent appealEvent ? appealEvent.appealId().toString()
                : event.payload().subject();
    }
}
