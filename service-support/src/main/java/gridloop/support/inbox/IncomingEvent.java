package gridloop.support.inbox;

import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.EventType;
import gridloop.events.GridLoopEvent;
import gridloop.events.Topics;
import gridloop.events.UnreadableEventException;
import gridloop.support.inbox.UntrustedEventException.Rule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from Kafka (binary mode): its attributes and its decoded payload. */
public record IncomingEvent(String id, String type, String source, Instant time, GridLoopEvent payload) {

    /**
     * Reads a record and checks that it can be genuine on its topic: its {@code ce_type} is one the contract
     * publishes there, its {@code ce_source} is the topic's producer, and its {@code ce_subject}, key and payload
     * name the same appeal (or evaluation unit). A record that passes the broker's access control can still be
     * forged by anyone who may write the topic; these checks stop it before it changes anything.
     *
     * @throws UnreadableEventException when a required attribute is missing or the payload does not decode
     * @throws UntrustedEventException when the record breaks one of the rules above
     */
    public static IncomingEvent from(ConsumerRecord<String, byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank()) {
            throw new UnreadableEventException("Missing " + CloudEventHeaders.ID + " header");
        }
        if (type == null) {
            throw new UnreadableEventException("Missing " + CloudEventHeaders.TYPE + " header");
        }
        Optional<EventType> known = EventType.fromCeType(type);
        if (known.isPresent() && !known.get().topic().equals(record.topic())) {
            throw new UntrustedEventException(Rule.TYPE_NOT_ON_TOPIC,
                    type + " is published on " + known.get().topic() + ", not on " + record.topic());
        }
        String source = header(record, CloudEventHeaders.SOURCE);
        String producer = Topics.producerSource(record.topic());
        if (producer == null || !producer.equals(source)) {
            throw new UntrustedEventException(Rule.NOT_FROM_PRODUCER,
                    record.topic() + " is written by " + producer + " only, not by " + source);
        }
        GridLoopEvent payload = EventCodec.decode(type, record.value());
        String subject = header(record, CloudEventHeaders.SUBJECT);
        if (!payload.subject().equals(subject) || !payload.subject().equals(record.key())) {
            throw new UntrustedEventException(Rule.SUBJECT_MISMATCH, "the payload is about " + payload.subject()
                    + ", the " + CloudEventHeaders.SUBJECT + " says " + subject + " and the key " + record.key());
        }
        return new IncomingEvent(id, type, source, time(record, payload), payload);
    }

    private static Instant time(ConsumerRecord<String, byte[]> record, GridLoopEvent payload) {
        String time = header(record, CloudEventHeaders.TIME);
        if (time == null) {
            return payload.occurredAt();
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("Bad " + CloudEventHeaders.TIME + ": " + time);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
