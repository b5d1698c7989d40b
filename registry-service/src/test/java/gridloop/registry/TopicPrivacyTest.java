package gridloop.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Topics;
import gridloop.testkit.EventContract;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Nothing personal ever goes on a topic: every record the registry published, read back from the broker, names no
 * household's contact and no organisation's, and each is a valid event of the contract (AsyncAPI).
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class TopicPrivacyTest {

    @Test
    void noRecordOnTheRegistrysTopicsHoldsANameOrAPhone() {
        RegistryFixture.load();
        GridLoopTestInfrastructure.current().awaitQuiet("registry", Topics.GRID_MAPS);
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        EventContract contract = EventContract.load();
        int records = 0;
        for (String topic : List.of(Topics.REGISTRY_BUILDINGS, Topics.REGISTRY_ORGANISATIONS,
                Topics.REGISTRY_FACILITIES)) {
            for (ConsumerRecord<String, byte[]> record : kafka.readAll(topic)) {
                String value = new String(record.value(), StandardCharsets.UTF_8);
                for (String personal : List.of("陈桂兰", "13800001001", "刘建国", "13800001002", "赵玉兰",
                        "13800001003", "王秀英", "023-4150 0001")) {
                    assertFalse(value.contains(personal), topic + " carries " + personal + ": " + value);
                }
                List<String> problems = contract.violations(record);
                assertTrue(problems.isEmpty(), topic + ": " + problems + " in " + value);
                records++;
            }
        }
        assertTrue(records >= 9, "the fixture's buildings, organisations and facilities were published: " + records);
    }
}
