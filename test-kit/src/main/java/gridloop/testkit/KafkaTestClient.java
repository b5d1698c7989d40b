package gridloop.testkit;

import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.EventType;
import gridloop.events.Topics;
import gridloop.events.GridLoopEvent;
import org.awaitility.Awaitility;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A plain Kafka client for tests: read a topic from the beginning, put a message on one, or wait until a
 * consumer group has taken in everything on its topics.
 */
public final class KafkaTestClient {

    private static final Duration READ_ALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Map<String, KafkaProducer<String, byte[]>> PRODUCERS = new ConcurrentHashMap<>();

    private final String bootstrapServers;
    /** Where the broker is and how to sign in to it (SASL settings for a secured broker). */
    private final Map<String, Object> connection;

    public KafkaTestClient(String bootstrapServers) {
        this(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public KafkaTestClient(Map<String, Object> connection) {
        this.connection = Map.copyOf(connection);
        this.bootstrapServers = String.valueOf(connection.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
    }

    private Map<String, Object> with(Map<String, Object> settings) {
        Map<String, Object> all = new java.util.HashMap<>(connection);
        all.putAll(settings);
        return all;
    }

    /**
     * Reads {@code topic} from offset 0 until {@code done} holds for what was read, or the timeout passes (then
     * it returns what it has). Partitions are assigned, not subscribed: no group to join, no rebalance to wait.
     */
    public List<ConsumerRecord<String, byte[]>> readUntil(String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = assignedFromStart(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Every record on {@code topic} at this moment: each partition read from offset 0 to the end offset it had
     * when the read began. Nothing waits for records that may never come; to be sure that nothing more is on
     * its way, wait for the producers first (e.g. {@link GridLoopTestInfrastructure#awaitQuiet}).
     */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = assignedFromStart(topic)) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            long deadline = System.nanoTime() + READ_ALL_TIMEOUT.toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end offsets " + end);
                }
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }

    private KafkaConsumer<String, byte[]> assignedFromStart(String topic) {
        var consumer = new KafkaConsumer<>(with(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /**
     * Waits until {@code group} has committed offsets at the end of every partition of {@code topics}: every
     * record on them so far was consumed and its work committed. (The services' tests commit every 100 ms.)
     */
    public void awaitConsumed(String group, Duration timeout, String... topics) {
        try (Admin admin = Admin.create(connection)) {
            Awaitility.await("group " + group + " has consumed everything on " + List.of(topics))
                    .atMost(timeout).pollInterval(Duration.ofMillis(50))
                    .until(() -> behind(admin, group, topics).isEmpty());
        }
    }

    /** Whether {@code group} has committed offsets at the end of every partition of {@code topics} now. */
    public boolean consumed(String group, String... topics) {
        try (Admin admin = Admin.create(connection)) {
            return behind(admin, group, topics).isEmpty();
        }
    }

    /** The partitions where the group's committed offset is short of the end, with how far. */
    private static Map<TopicPartition, Long> behind(Admin admin, String group, String... topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var description : admin.describeTopics(List.of(topics)).allTopicNames().get().values()) {
                description.partitions().forEach(p -> latest.put(
                        new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> behind = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, end) -> {
                OffsetAndMetadata at = committed.get(partition);
                long lag = end.offset() - (at == null ? 0 : at.offset());
                if (lag > 0) {
                    behind.put(partition, lag);
                }
            });
            return behind;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of group " + group, e.getCause());
        }
    }

    /**
     * Publishes an event as the services do (CloudEvents binary mode, keyed by its subject), as if
     * the topic's producer had sent it.
     *
     * @return the {@code ce_id} used
     */
    public String sendEvent(GridLoopEvent event, String ceId) {
        EventType type = EventType.of(event);
        send(type.topic(), event.subject(), EventCodec.encode(event), Map.of(
                CloudEventHeaders.ID, ceId,
                CloudEventHeaders.SOURCE, Topics.producerSource(type.topic()),
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
        try {
            producer().send(new ProducerRecord<>(topic, null, key, value, kafkaHeaders)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Send to " + topic + " failed", e.getCause());
        }
    }

    /**
     * One producer per broker for the whole test JVM: a new one per record cost a metadata round trip and a
     * connection each time (a test that sends a hundred events spent seconds on it).
     */
    private KafkaProducer<String, byte[]> producer() {
        return PRODUCERS.computeIfAbsent(bootstrapServers, servers -> new KafkaProducer<>(
                with(Map.of(ProducerConfig.ACKS_CONFIG, "all")),
                new StringSerializer(), new ByteArraySerializer()));
    }

    /** Closes the producer of this broker, if any (the broker is going away for good). */
    public static void closeProducer(String bootstrapServers) {
        KafkaProducer<String, byte[]> producer = PRODUCERS.remove(bootstrapServers);
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
