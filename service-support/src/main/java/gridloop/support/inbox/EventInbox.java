package gridloop.support.inbox;

import gridloop.support.metrics.EventMetrics;
import gridloop.support.outbox.OutboxWakeUp;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The idempotent-consumer step every service's consumers go through, a poll's records at a time.
 *
 * <p>Each record is decoded first; one that cannot be read (or cannot be genuine on its topic) goes to the
 * channel's dead-letter topic on its own, and the others go on. The readable ones are applied in one
 * transaction, in the order they came: one multi-row insert records their {@code ce_id}s and answers which were
 * new, and only those are applied. A failure of our own database ({@link TransientFailures}) tries the whole
 * batch again, with backoff, holding the partitions; any other failure rolls the batch back and applies its
 * records one by one, each in a transaction of its own, so that only the record that fails is dead-lettered.
 * At low rates a poll holds one record, and nothing waits for a batch to fill.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final Duration RETRY_FIRST_WAIT = Duration.ofMillis(200);
    private static final Duration RETRY_MAX_WAIT = Duration.ofSeconds(5);

    private final ProcessedEventLog log;
    private final EventMetrics metrics;
    private final InboxSummary summary;
    private final OutboxWakeUp outboxWakeUp;

    EventInbox(ProcessedEventLog log, EventMetrics metrics, InboxSummary summary, OutboxWakeUp outboxWakeUp) {
        this.log = log;
        this.metrics = metrics;
        this.summary = summary;
        this.outboxWakeUp = outboxWakeUp;
    }

    /** Applies a poll's records once each (see the class comment), then acknowledges the batch. */
    public Uni<Void> applyBatch(String consumer, KafkaRecordBatch<String, byte[]> batch,
            Function<IncomingEvent, Uni<Void>> work) {
        List<Pending> readable = new ArrayList<>();
        List<Uni<Void>> deadLetters = new ArrayList<>();
        for (KafkaRecord<String, byte[]> message : batch.getRecords()) {
            ConsumerRecord<String, byte[]> record = consumerRecord(message);
            try {
                readable.add(new Pending(message, record, IncomingEvent.from(record)));
            } catch (RuntimeException unreadable) {
                deadLetters.add(Uni.createFrom().deferred(() -> deadLetter(consumer, message, record, unreadable)));
            }
        }
        // applyTogether retries our own outages itself: what fails it is the batch's own doing.
        return applyTogether(consumer, readable, work)
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("%s could not apply a batch of %d together (%s); applying them one by one", consumer,
                            readable.size(), failure.getMessage());
                    return applyOneByOne(consumer, readable, work);
                })
                .chain(() -> Multi.createFrom().iterable(deadLetters).onItem().transformToUniAndConcatenate(u -> u)
                        .collect().last())
                .chain(() -> Uni.createFrom().completionStage(batch::ack));
    }

    private Uni<Void> applyTogether(String consumer, List<Pending> pending, Function<IncomingEvent, Uni<Void>> work) {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String> ids = pending.stream().map(p -> p.event.id()).toList();
        return untilOurDatabaseAnswers(consumer, pending.size(), Panache.withTransaction(() -> log
                        .markProcessed(consumer, ids)
                        .chain(fresh -> applyInOrder(pending, new LinkedHashSet<>(fresh), work))))
                .invoke(outboxWakeUp::afterCommit)
                .invoke(applied -> {
                    for (Pending p : pending) {
                        handled(consumer, p, applied.contains(p));
                    }
                })
                .replaceWithVoid();
    }

    /** Applies the new ones (each ce_id once, the first time it comes); answers which were applied. */
    private static Uni<Set<Pending>> applyInOrder(List<Pending> pending, Set<String> fresh,
            Function<IncomingEvent, Uni<Void>> work) {
        Set<Pending> applied = new LinkedHashSet<>();
        return Multi.createFrom().iterable(pending).onItem().transformToUniAndConcatenate(p -> {
            if (!fresh.remove(p.event.id())) {
                return Uni.createFrom().voidItem();
            }
            applied.add(p);
            return RecordTrace.around(p.record, () -> work.apply(p.event));
        }).collect().last().replaceWith(applied);
    }

    private Uni<Void> applyOneByOne(String consumer, List<Pending> pending, Function<IncomingEvent, Uni<Void>> work) {
        return Multi.createFrom().iterable(pending).onItem()
                .transformToUniAndConcatenate(p -> applyAlone(consumer, p, work)).collect().last().replaceWithVoid();
    }

    private Uni<Void> applyAlone(String consumer, Pending p, Function<IncomingEvent, Uni<Void>> work) {
        return untilOurDatabaseAnswers(consumer, 1, Panache.withTransaction(() -> log
                        .markProcessed(consumer, List.of(p.event.id()))
                        .chain(fresh -> fresh.isEmpty() ? Uni.createFrom().item(false)
                                : RecordTrace.around(p.record, () -> work.apply(p.event)).replaceWith(true))))
                .invoke(outboxWakeUp::afterCommit)
                .invoke(applied -> handled(consumer, p, applied))
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> deadLetter(consumer, p.message, p.record, failure));
    }

    /**
     * Our database away is not the messages' fault: the whole transaction is tried again, with backoff, holding the
     * partitions (order per appeal), until it is back. Any other failure passes through.
     */
    private static <T> Uni<T> untilOurDatabaseAnswers(String consumer, int events, Uni<T> transaction) {
        return transaction
                .onFailure(TransientFailures::isTransient).invoke(failure -> LOG.warnf(
                        "%s could not apply %d events, database unavailable (%s); retrying", consumer, events,
                        failure.getMessage()))
                .onFailure(TransientFailures::isTransient).retry()
                .withBackOff(RETRY_FIRST_WAIT, RETRY_MAX_WAIT).indefinitely();
    }

    /** The failure and its root cause by class and message: some exceptions carry no message at all. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " (caused by " + root + ")";
    }

    /** Hands the record to the channel's dead-letter strategy, which publishes it to {@code <topic>.dlq}. */
    private Uni<Void> deadLetter(String consumer, KafkaRecord<String, byte[]> message,
            ConsumerRecord<String, byte[]> record, Throwable failure) {
        LOG.warnf("%s dead-letters %s-%d@%d: %s", consumer, record.topic(), record.partition(), record.offset(),
                describe(failure));
        metrics.deadLettered(consumer, record.topic());
        summary.deadLettered(consumer);
        if (failure instanceof UntrustedEventException untrusted) {
            metrics.untrusted(consumer, record.topic(), untrusted.rule().name());
        }
        return Uni.createFrom().completionStage(() -> message.nack(failure));
    }

    private void handled(String consumer, Pending p, boolean applied) {
        // The line is DEBUG: its record's trace is made current only when the line is written.
        if (HandledLog.enabled()) {
            RecordTrace.logIn(p.record, () -> HandledLog.handled(consumer, p.event, applied));
        }
        summary.applied(consumer, applied);
        metrics.consumed(consumer, p.event.type(), applied);
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, byte[]> consumerRecord(KafkaRecord<String, byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, byte[]>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("Not an incoming Kafka record: " + message));
    }

    /** A readable record waiting to be applied. Identity, not equality: the same ce_id may come twice. */
    private static final class Pending {
        final KafkaRecord<String, byte[]> message;
        final ConsumerRecord<String, byte[]> record;
        final IncomingEvent event;

        Pending(KafkaRecord<String, byte[]> message, ConsumerRecord<String, byte[]> record, IncomingEvent event) {
            this.message = message;
            this.record = record;
            this.event = event;
        }
    }
}
