package gridloop.support.inbox;

import gridloop.events.AppealEvent;
import gridloop.support.metrics.LoopMetrics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

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
    private final LoopMetrics metrics;
    private final InboxSummary summary;

    EventInbox(ProcessedEventLog log, LoopMetrics metrics, InboxSummary summary) {
        this.log = log;
        this.metrics = metrics;
        this.summary = summary;
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
                        .invoke(applied -> {
                            logHandled(consumer, event, applied);
                            summary.applied(consumer, applied);
                            metrics.consumed(consumer, event.type(), applied);
                        }))
                // Anything else fails the message: the channel's dead-letter strategy parks it.
                .onFailure().invoke(failure -> {
                    LOG.warnf("%s dead-letters %s-%d@%d: %s", consumer, record.topic(), record.partition(),
                            record.offset(), failure.getMessage());
                    metrics.deadLettered(consumer, record.topic());
                    summary.deadLettered(consumer);
                    if (failure instanceof UntrustedEventException untrusted) {
                        metrics.untrusted(consumer, record.topic(), untrusted.rule().name());
                    }
                })
                .replaceWithVoid();
    }

    /**
     * One DEBUG line per event handled (INFO has {@link InboxSummary}'s line per interval); in JSON logs the appeal
     * and ce_id are fields of their own too.
     */
    private static void logHandled(String consumer, IncomingEvent event, boolean applied) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        String appeal = subject(event);
        MDC.put("appealId", appeal);
        MDC.put("ceId", event.id());
        try {
            LOG.debugf("%s %s %s appeal=%s ce_id=%s", consumer, applied ? "applied" : "skipped duplicate",
                    event.type(), appeal, event.id());
        } finally {
            MDC.remove("appealId");
            MDC.remove("ceId");
        }
    }

    private static String subject(IncomingEvent event) {
        return event.payload() instanceof AppealEvent appealEvent ? appealEvent.appealId().toString()
                : event.payload().subject();
    }
}
