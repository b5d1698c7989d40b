package gridloop.support.outbox;

import gridloop.support.kafka.KafkaConnection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.CloudEventHeaders;
import gridloop.localstack.EmbeddedKafkaBroker;
import gridloop.testkit.KafkaTestClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publisher against a real broker: a row is reported sent exactly when the broker has it, so the
 * relay never sends a written row again (a copy on the topic).
 */
class KafkaEventPublisherTest {

    /** Above the producer's max.request.size (1 MiB): refused before it is sent. */
    private static final int TOO_LARGE = 2 * 1024 * 1024;

    @TempDir
    static Path kafkaDir;
    private static EmbeddedKafkaBroker broker;
    private static KafkaEventPublisher publisher;
    private static final AtomicLong ids = new AtomicLong();
    private String topic;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaBroker(0, 0, kafkaDir).start();
        publisher = new KafkaEventPublisher(KafkaConnection.of(broker.clientSettings()), "publisher-test");
    }

    @BeforeEach
    void freshTopic() {
        topic = "gridloop.publisher-test-" + ids.incrementAndGet();
        broker.createTopics(Set.of(topic), 1);
    }

    @AfterAll
    static void stopBroker() {
        publisher.close();
        broker.close();
    }

    @Test
    void rowsBehindARefusedRowAreNeitherWrittenNorReportedSent() throws Exception {
        OutboxRow first = row("first", 10);
        OutboxRow refused = row("refused", TOO_LARGE);
        OutboxRow behind = row("behind", 10);

        List<Long> sent = publisher.publish(List.of(first, refused, behind), Duration.ofSeconds(30));
        assertEquals(List.of(first.id()), sent, "only the row before the refused one is sent");

        // The relay's next attempt (the refused row set aside): the row behind it goes now, once.
        assertEquals(List.of(behind.id()), publisher.publish(List.of(behind), Duration.ofSeconds(30)));
        assertEquals(List.of(first.eventId().toString(), behind.eventId().toString()), eventIdsOnTopic(2));
    }

    @Test
    void everyAcknowledgedRowIsReportedInOrder() throws Exception {
        List<OutboxRow> rows = List.of(row("a", 100), row("b", 100), row("c", 100));
        List<Long> sent = publisher.publish(rows, Duration.ofSeconds(30));
        assertEquals(rows.stream().map(OutboxRow::id).toList(), sent);
        assertEquals(rows.stream().map(row -> row.eventId().toString()).toList(), eventIdsOnTopic(3));
    }

    private List<String> eventIdsOnTopic(int expected) {
        // Read a little past the expected count: a row written but not reported would show up here.
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        return new KafkaTestClient(broker.bootstrapServers())
                .readUntil(topic, Duration.ofSeconds(20), records -> records.size() > expected
                        || (records.size() == expected && System.nanoTime() > until))
                .stream().map(record -> KafkaTestClient.header(record, CloudEventHeaders.ID))
                .filter(id -> id != null).toList();
    }

    private OutboxRow row(String key, int payloadBytes) {
        byte[] payload = ("\"" + "x".repeat(payloadBytes) + "\"").getBytes(StandardCharsets.UTF_8);
        return new OutboxRow(ids.incrementAndGet(), UUID.randomUUID(), topic, key, "gridloop.test.v1", key,
                Instant.now(), payload, null, null, null, null);
    }
}
