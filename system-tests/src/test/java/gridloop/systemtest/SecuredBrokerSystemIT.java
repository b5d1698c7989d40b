package gridloop.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gridloop.events.Topics;
import gridloop.localstack.ContractTopics;
import gridloop.localstack.ServiceAccess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The system tests' broker is secured as production's is ({@code SASL_PLAINTEXT} + SCRAM-SHA-512 here, SASL_SSL in
 * production; docs/operating.md): every other system test is the proof that the loop runs end to end on it, each
 * service signed in as its own principal ({@code EmbeddedKafkaBroker.secured}, {@link ServiceAccess}). This one
 * proves the other half: who may not.
 */
class SecuredBrokerSystemIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
    }

    @Test
    void aClientWithoutCredentialsOrWithAWrongPasswordIsRefused() {
        Map<String, Object> anonymous = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.broker.bootstrapServers(), AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        assertThrows(Exception.class, () -> describeCluster(anonymous), "a plaintext client got an answer");

        Map<String, Object> wrongPassword = new HashMap<>(system.broker.clientSettings("intake", "not-its-password"));
        Throwable refused = assertThrows(ExecutionException.class, () -> describeCluster(wrongPassword)).getCause();
        assertInstanceOf(SaslAuthenticationException.class, refused);
    }

    /** Each service may write only the topics it publishes and the dead-letter topics of those it reads. */
    @Test
    void eachServiceIsRefusedEveryTopicItDoesNotPublish() {
        List<String> wrong = new ArrayList<>();
        for (ServiceAccess access : ServiceAccess.ALL) {
            Map<String, Object> settings = new HashMap<>(signedInAs(access.service()));
            settings.putAll(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(),
                    new StringSerializer())) {
                for (String topic : ContractTopics.ALL) {
                    if (access.writes().contains(topic)) {
                        continue; // its own topics: the loop of every other system test writes them
                    }
                    try {
                        producer.send(new ProducerRecord<>(topic, "forged-" + access.service(), "{}"))
                                .get(15, TimeUnit.SECONDS);
                        wrong.add(access.service() + " wrote " + topic);
                    } catch (Exception e) {
                        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                        if (!(cause instanceof TopicAuthorizationException)) {
                            wrong.add(access.service() + " on " + topic + ": " + cause);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** And read only what it consumes. */
    @Test
    void eachServiceIsRefusedEveryTopicItDoesNotConsume() {
        List<String> wrong = new ArrayList<>();
        for (ServiceAccess access : ServiceAccess.ALL) {
            for (String topic : Topics.ALL) {
                if (access.reads().contains(topic)) {
                    continue;
                }
                Map<String, Object> settings = new HashMap<>(signedInAs(access.service()));
                settings.putAll(Map.of(ConsumerConfig.GROUP_ID_CONFIG, access.group(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                        new StringDeserializer())) {
                    TopicPartition partition = new TopicPartition(topic, 0);
                    consumer.assign(List.of(partition));
                    consumer.seekToBeginning(List.of(partition));
                    int read = consumer.poll(Duration.ofSeconds(10)).count();
                    wrong.add(access.service() + " read " + topic + " (" + read + " records)");
                } catch (TopicAuthorizationException expected) {
                    // refused, as it must be
                } catch (Exception e) {
                    wrong.add(access.service() + " on " + topic + ": " + e);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** And only in consumer groups named after it: not in another service's group. */
    @Test
    void noServiceMayUseAnotherServicesConsumerGroup() {
        List<String> wrong = new ArrayList<>();
        for (ServiceAccess access : ServiceAccess.ALL) {
            for (ServiceAccess other : ServiceAccess.ALL) {
                if (other == access) {
                    continue;
                }
                Map<String, Object> settings = new HashMap<>(signedInAs(access.service()));
                settings.put(ConsumerConfig.GROUP_ID_CONFIG, other.group());
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                        new StringDeserializer())) {
                    TopicPartition readable = new TopicPartition(access.reads().iterator().next(), 0);
                    consumer.committed(Set.of(readable), Duration.ofSeconds(10));
                    wrong.add(access.service() + " read the offsets of group " + other.group());
                } catch (GroupAuthorizationException expected) {
                    // refused, as it must be
                } catch (Exception e) {
                    wrong.add(access.service() + " in group " + other.group() + ": " + e);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Map<String, Object> signedInAs(String service) {
        return system.broker.clientSettings(service, RunningSystem.kafkaPassword(service));
    }

    private static void describeCluster(Map<String, Object> settings) throws Exception {
        try (Admin admin = Admin.create(settings)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000)).nodes().get(10, TimeUnit.SECONDS);
        }
    }
}
