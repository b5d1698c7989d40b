package gridloop.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

    @TempDir
    Path dir;

    @Test
    void brokerKeepsRecordsAcrossARestartOnTheSamePort() throws Exception {
        var broker = new EmbeddedKafkaBroker(0, 0, dir.resolve("kafka")).start();
        try {
            broker.createTopics(Set.of("probe"), 6);
            produce(broker, "before restart");
            broker.stop();
            broker.start();
            produce(broker, "after restart");

            assertEquals(List.of("before restart", "after restart"), readAll(broker, 2));
        } finally {
            broker.stop();
        }
    }

    /** GridLoop creates its topics itself; a name nobody created is refused, not made on the fly. */
    @Test
    void producingToATopicNobodyCreatedFails() {
        var broker = new EmbeddedKafkaBroker(0, 0, dir.resolve("kafka-unknown")).start();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            var sent = producer.send(new ProducerRecord<>("secprobe.scratch", "k", "v"));
            var failure = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class, sent::get);
            assertTrue(failure.getCause() instanceof org.apache.kafka.common.errors.TimeoutException
                    || failure.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException,
                    failure.getCause().toString());
            try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                assertTrue(!admin.listTopics().names().get().contains("secprobe.scratch"), "no topic was made");
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            broker.stop();
        }
    }

    @Test
    void postgresCreatesDatabasesAndKeepsDataUnlessFresh() throws Exception {
        Path data = dir.resolve("pg");
        var postgres = new EmbeddedPostgresServer(0, data, true, true).start();
        int port = postgres.port();
        try {
            postgres.ensureDatabase("intake");
            postgres.ensureDatabase("intake");
            sql(postgres, "create table t(v text); insert into t values ('kept')");
        } finally {
            postgres.stop();
        }
        var again = new EmbeddedPostgresServer(port, data, false, true).start();
        try (Connection c = again.connect("intake");
             ResultSet rows = c.createStatement().executeQuery("select v from t")) {
            assertTrue(rows.next());
            assertEquals("kept", rows.getString(1));
        } finally {
            again.stop();
        }
    }

    private static void sql(EmbeddedPostgresServer postgres, String sql) throws Exception {
        try (Connection c = postgres.connect("intake")) {
            c.createStatement().execute(sql);
        }
    }

    private static void produce(EmbeddedKafkaBroker broker, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>("probe", "same-key", value)).get();
        }
    }

    private static List<String> readAll(EmbeddedKafkaBroker broker, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("probe"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
