package gridloop.localstack;

import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.EventType;
import gridloop.events.GridLoopEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A plain Kafka client for tests: read a topic from the beginning, or put a message on one. */
public final class KafkaTestClient {

    private final String bootstrapServers;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Reads {@code topic} from offset 0 in a fresh group until {@code done} holds or the timeout passes. */
    public List<ConsumerRecord<String, byte[]>> readUntil(String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Publishes an event as the services do (CloudEvents binary mode, keyed by its subject), as if
     * another service had sent it.
     *
     * @return the {@code ce_id} used
     */
    public String sendEvent(GridLoopEvent event, String ceId) {
        EventType type = EventType.of(event);
        send(type.topic(), event.subject(), EventCodec.encode(event), Map.of(
                CloudEventHeaders.ID, ceId,
                CloudEventHeaders.SOURCE, "/gridloop/test",
                CloudEventHeaders.TYPE, type.ceType(),
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.TIME, event.occurredAt().toString(),
                CloudEventHeaders.SUBJECT, event.subject(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        return ceId;
    }

    public String sendEvent(GridLoopEvent event) {
        return sendEvent(event, UUID.randomUUID().toString());
    }

    public void send(String topic, String key, byte[] value, Map<String, String> headers) {
        List<Header> kafkaHeaders = new ArrayList<>();
        headers.forEach((name, text) -> kafkaHeaders.add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, value, kafkaHeaders)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Send to " + topic + " failed", e.getCause());
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
