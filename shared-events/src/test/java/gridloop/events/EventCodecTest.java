package gridloop.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static final UUID ID = UUID.fromString("6f1c1f7e-1f0a-4a3e-9a51-2f4c8f3f9b10");
    private static final Instant AT = Instant.parse("2026-04-22T08:15:00Z");

    @Test
    void submittedRoundTripsAndCarriesOnlyThePseudonymOfTheReporter() {
        var event = new AppealSubmitted(ID, "BQ-20260422-000123", "FACILITY_DAMAGE", "Table-tennis table broken \"again\"",
                new Location(29.59, 106.22, "Hualong Community"), List.of("https://img.example/1.jpg"), "APP",
                "p-pseudonym", new Actor("resident", "p-pseudonym"), AT);

        byte[] json = EventCodec.encode(event);
        String text = new String(json, StandardCharsets.UTF_8);

        assertEquals(event, EventCodec.decode("gridloop.appeal.submitted.v1", json));
        assertTrue(text.contains("\"occurredAt\":\"2026-04-22T08:15:00Z\""), text);
        assertTrue(text.contains("\"reporter\":\"p-pseudonym\""), text);
        assertTrue(text.contains("\"actor\":{\"role\":\"resident\",\"id\":\"p-pseudonym\"}"), text);
        assertFalse(text.contains("phone"), text);
        assertFalse(text.contains("name"), text);
    }

    @Test
    void assignedRoundTripsWithNestedUnits() {
        var event = new AppealAssigned(ID, new GridUnit("biquan", "Biquan Street"),
                new GridUnit("hualong", "Hualong"), new GridUnit("hualong-g1", "Hualong Grid 1"),
                "w-hl-01", "Chen Li", null, AT.plusSeconds(3600), AT.plusSeconds(86400), Actor.system("test"), AT);
        assertEquals(event, EventCodec.decode(EventType.APPEAL_ASSIGNED.ceType(), EventCodec.encode(event)));
    }

    @Test
    void unknownFieldsOfANewerProducerAreIgnored() {
        String json = "{\"appealId\":\"" + ID + "\",\"closedBy\":\"RESIDENT\",\"occurredAt\":\"2026-04-22T08:15:00Z\","
                + "\"addedLater\":42}";
        var closed = (AppealClosed) EventCodec.decode("gridloop.appeal.closed.v1", json.getBytes(StandardCharsets.UTF_8));
        assertEquals("RESIDENT", closed.closedBy());
    }

    @Test
    void unknownTypeAndGarbageAreUnreadable() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertThrows(UnreadableEventException.class, () -> EventCodec.decode("gridloop.appeal.closed.v2", body));
        assertThrows(UnreadableEventException.class, () -> EventCodec.decode(null, body));
        assertThrows(UnreadableEventException.class,
                () -> EventCodec.decode("gridloop.appeal.closed.v1", "not json".getBytes(StandardCharsets.UTF_8)));
        assertThrows(UnreadableEventException.class, () -> EventCodec.decode("gridloop.appeal.rated.v1",
                ("{\"appealId\":\"" + ID + "\",\"satisfaction\":null}").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyTypeMapsToItsTopicAndBack() {
        for (EventType type : EventType.values()) {
            assertEquals(type, EventType.fromCeType(type.ceType()).orElseThrow());
            assertTrue(type.topic().startsWith("gridloop."), type.topic());
        }
        assertEquals(Topics.APPEALS_DISPATCH, EventType.APPEAL_REJECTED.topic());
        assertEquals("gridloop.appeals.feedback.dlq", Topics.deadLetter(Topics.APPEALS_FEEDBACK));
    }
}
