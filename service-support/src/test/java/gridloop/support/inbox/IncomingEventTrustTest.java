package gridloop.support.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gridloop.events.Actor;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealClosed;
import gridloop.events.AppealWithdrawn;
import gridloop.events.CloudEventHeaders;
import gridloop.events.EvaluationSnapshot;
import gridloop.events.EventCodec;
import gridloop.events.EventType;
import gridloop.events.GridLoopEvent;
import gridloop.events.Topics;
import gridloop.support.inbox.UntrustedEventException.Rule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules a record must keep to be believed on its topic, for one event of every topic of the contract. */
class IncomingEventTrustTest {

    private static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");
    private static final List<String> TOPICS = List.of(Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH,
            Topics.APPEALS_FEEDBACK, Topics.EVALUATIONS);

    static Stream<GridLoopEvent> oneEventPerTopic() {
        UUID appeal = UUID.randomUUID();
        return Stream.of(
                new AppealWithdrawn(appeal, "solved", Actor.system("intake"), AT),
                new AppealAccepted(appeal, "w-hualong-g1-1", Actor.system("dispatch"), AT),
                new AppealClosed(appeal, "RESIDENT", Actor.system("feedback"), AT),
                new EvaluationSnapshot("grid", "hualong-g1", "Hualong 1", AT, AT, 1, 1, 1.0, 1.0, 2.0, 0.0, 5.0, 1,
                        1, 1.0, 1, 2.0, 1.0, AT));
    }

    @ParameterizedTest
    @MethodSource("oneEventPerTopic")
    void aGenuineRecordIsRead(GridLoopEvent event) {
        EventType type = EventType.of(event);
        IncomingEvent read = IncomingEvent.from(record(type.topic(), Topics.producerSource(type.topic()),
                type.ceType(), event.subject(), event.subject(), event));
        assertEquals(event, read.payload());
    }

    @ParameterizedTest
    @MethodSource("oneEventPerTopic")
    void onAnyOtherTopicItsTypeIsUntrusted(GridLoopEvent event) {
        EventType type = EventType.of(event);
        for (String topic : TOPICS.stream().filter(topic -> !topic.equals(type.topic())).toList()) {
            assertRule(Rule.TYPE_NOT_ON_TOPIC, record(topic, Topics.producerSource(topic), type.ceType(),
                    event.subject(), event.subject(), event));
        }
    }

    @ParameterizedTest
    @MethodSource("oneEventPerTopic")
    void fromAnyOtherSourceOrNoneItIsUntrusted(GridLoopEvent event) {
        EventType type = EventType.of(event);
        for (String source : Stream.of("intake", "dispatch", "feedback", "test").map(Topics::source)
                .filter(source -> !source.equals(Topics.producerSource(type.topic()))).toList()) {
            assertRule(Rule.NOT_FROM_PRODUCER, record(type.topic(), source, type.ceType(), event.subject(),
                    event.subject(), event));
        }
        assertRule(Rule.NOT_FROM_PRODUCER, record(type.topic(), null, type.ceType(), event.subject(),
                event.subject(), event));
    }

    @ParameterizedTest
    @MethodSource("oneEventPerTopic")
    void aKeyOrSubjectThatIsNotThePayloadsIsUntrusted(GridLoopEvent event) {
        EventType type = EventType.of(event);
        String source = Topics.producerSource(type.topic());
        String other = UUID.randomUUID().toString();
        assertRule(Rule.SUBJECT_MISMATCH, record(type.topic(), source, type.ceType(), other, other, event));
        assertRule(Rule.SUBJECT_MISMATCH, record(type.topic(), source, type.ceType(), event.subject(), other, event));
        assertRule(Rule.SUBJECT_MISMATCH, record(type.topic(), source, type.ceType(), other, event.subject(), event));
        assertRule(Rule.SUBJECT_MISMATCH, record(type.topic(), source, type.ceType(), event.subject(), null, event));
    }

    private static void assertRule(Rule rule, ConsumerRecord<String, byte[]> record) {
        UntrustedEventException refused = assertThrows(UntrustedEventException.class, () -> IncomingEvent.from(record),
                () -> "on " + record.topic() + " with key " + record.key());
        assertEquals(rule, refused.rule(), refused.getMessage());
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String source, String ceType, String key,
            String subject, GridLoopEvent payload) {
        RecordHeaders headers = new RecordHeaders();
        Map<String, String> values = new HashMap<>(Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, ceType, CloudEventHeaders.TIME, AT.toString()));
        if (source != null) {
            values.put(CloudEventHeaders.SOURCE, source);
        }
        if (subject != null) {
            values.put(CloudEventHeaders.SUBJECT, subject);
        }
        values.forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return new ConsumerRecord<>(topic, 0, 0L, AT.toEpochMilli(), TimestampType.CREATE_TIME, -1, -1, key,
                EventCodec.encode(payload), headers, Optional.empty());
    }
}
