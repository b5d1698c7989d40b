package gridloop.support.inbox;

import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.GridLoopEvent;
import gridloop.events.UnreadableEventException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from Kafka (binary mode): its attributes and its decoded payload. */
public record IncomingEvent(String id, String type, String source, Instant time, GridLoopEvent payload) {

    /** @throws UnreadableEventException when a required attribute is missing or the payload does not decode */
    public static IncomingEvent from(ConsumerRecord<String, byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank()) {
            throw new UnreadableEventException("Missing " + CloudEventHeaders.ID + " header");
        }
        if (type == null) {
            throw new UnreadableEventException("Missing " + CloudEventHeaders.TYPE + " header");
        }
        GridLoopEvent payload = EventCodec.decode(type, record.value());
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE), time(record, payload), payload);
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
