package gridloop.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON (de)serialisation of event payloads, the one used by every producer and consumer. Reading
 * ignores unknown fields so that adding a field to a v1 payload never breaks an older consumer.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private EventCodec() {
    }

    public static byte[] encode(GridLoopEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    /** @throws UnreadableEventException when the type is unknown or the body does not fit it */
    public static GridLoopEvent decode(String ceType, byte[] body) {
        EventType type = EventType.fromCeType(ceType)
                .orElseThrow(() -> new UnreadableEventException("Unknown ce_type: " + ceType));
        if (body == null || body.length == 0) {
            throw new UnreadableEventException("Empty payload for " + ceType);
        }
        try {
            return MAPPER.readValue(body, type.payloadType());
        } catch (IOException e) {
            throw new UnreadableEventException("Payload is not a valid " + ceType + ": " + e.getMessage(), e);
        }
    }

}
