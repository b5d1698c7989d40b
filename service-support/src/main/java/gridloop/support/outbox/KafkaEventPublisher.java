package gridloop.support.outbox;

import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import gridloop.support.kafka.KafkaConnection;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes outbox rows as CloudEvents in Kafka binary mode. The producer is idempotent with
 * {@code acks=all} (SmallRye's default of acks=1 would silently turn idempotence off), so a row counts as
 * sent only once every in-sync replica has it, and the broker drops the producer's own retries.
 */
@ApplicationScoped
public class KafkaEventPublisher {

    /** How long the producer keeps retrying a batch; the relay must wait at least this long for the acks. */
    public static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(2);

    private final KafkaConnection connection;
    private final String source;
    private volatile KafkaProducer<String, byte[]> producer;

    KafkaEventPublisher(KafkaConnection connection, @ConfigProperty(name = "gridloop.service.name") String serviceName) {
        this.connection = connection;
        this.source = Topics.source(serviceName);
    }

    /**
     * Sends the rows in order and waits for the acknowledgements.
     * <p>
     * A row counts as sent exactly when the broker acknowledged it: a row written but reported unsent would
     * be sent again later, a copy on the topic. So when the producer refuses a row before sending it (no
     * metadata for its topic yet, a record too large), the rows behind it are not handed to the producer
     * either: nothing overtakes the refused row, and nothing is written that this method does not report.
     *
     * @return the ids of the rows the broker acknowledged, in order
     */
    public List<Long> publish(List<OutboxRow> rows, Duration timeout) throws InterruptedException {
        KafkaProducer<String, byte[]> kafka = producer();
        List<CompletableFuture<Long>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            CompletableFuture<Long> ack = send(kafka, row);
            acks.add(ack);
            if (ack.isCompletedExceptionally()) {
                break;
            }
        }
        List<Long> sent = new ArrayList<>(rows.size());
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException firstFailure = null;
        for (CompletableFuture<Long> ack : acks) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                sent.add(ack.get(left, TimeUnit.NANOSECONDS));
            } catch (ExecutionException | TimeoutException e) {
                if (firstFailure == null) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    firstFailure = new IllegalStateException("Broker did not acknowledge: " + cause, cause);
                }
            }
        }
        if (sent.isEmpty() && firstFailure != null) {
            throw firstFailure;
        }
        return sent;
    }

    /** @return completed with the row's id once acknowledged; already failed if the producer refused it */
    private CompletableFuture<Long> send(KafkaProducer<String, byte[]> kafka, OutboxRow row) {
        CompletableFuture<Long> ack = new CompletableFuture<>();
        try {
            Future<RecordMetadata> result = kafka.send(toRecord(row), (metadata, error) -> {
                if (error == null) {
                    ack.complete(row.id());
                } else {
                    ack.completeExceptionally(error);
                }
            });
            if (result.isDone() && !ack.isDone()) {
                result.get();
            }
        } catch (ExecutionException e) {
            ack.completeExceptionally(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ack.completeExceptionally(e);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, row.eventId().toString());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, row.ceType());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.TIME, row.occurredAt().toString());
        header(headers, CloudEventHeaders.SUBJECT, row.ceSubject());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (row.traceParent() != null) {
            header(headers, TraceContext.TRACEPARENT, row.traceParent());
        }
        if (row.traceState() != null && !row.traceState().isEmpty()) {
            header(headers, TraceContext.TRACESTATE, row.traceState());
        }
        return new ProducerRecord<>(row.topic(), null, row.messageKey(), row.payload(), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, byte[]> producer() {
        KafkaProducer<String, byte[]> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerProperties(), new StringSerializer(), new ByteArraySerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        props.putAll(connection.settings());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, source.substring(1).replace('/', '-') + "-outbox");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        // Fail fast while the broker is away; the relay retries with backoff and keeps the rows.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        // The producer itself retries a batch for up to 2 minutes, under the same producer id and sequence
        // numbers, so a batch the broker wrote but could not acknowledge before going away is not written
        // twice when it is back. Had the relay given up sooner and sent the rows again, they would be new
        // records: copies on the topic (consumers would skip them by ce_id, but other systems read the topics).
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(DELIVERY_TIMEOUT.toMillis()));
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
        return props;
    }

    @PreDestroy
    void close() {
        KafkaProducer<String, byte[]> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }
}
