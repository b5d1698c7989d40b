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

    /**
     * Events stored before names travelled in both languages (and before a duplicate carried its original's
     * reference) still read: the fields added since are null, the English name is all there is, and the wording
     * of what they say falls back to it.
     */
    @Test
    void eventsFromBeforeTheLanguagesStillRead() {
        String assigned = "{\"appealId\":\"" + ID + "\",\"street\":{\"id\":\"biquan\",\"name\":\"Biquan Street\"},"
                + "\"community\":{\"id\":\"hualong\",\"name\":\"Hualong\"},\"grid\":{\"id\":\"hualong-g1\","
                + "\"name\":\"Hualong Grid 1\"},\"assigneeId\":\"w-1\",\"assigneeName\":\"Zhao Qiang\",\"queue\":null,"
                + "\"acceptBy\":\"2026-04-22T09:15:00Z\",\"resolveBy\":\"2026-04-23T08:15:00Z\","
                + "\"occurredAt\":\"2026-04-22T08:15:00Z\"}";
        var old = (AppealAssigned) EventCodec.decode(EventType.APPEAL_ASSIGNED.ceType(),
                assigned.getBytes(StandardCharsets.UTF_8));
        assertEquals(null, old.grid().names());
        assertEquals(null, old.grid().nameGivenIn("zh-CN"));
        var wording = gridloop.events.wording.EventWording.of(old);
        assertEquals(gridloop.events.wording.Phrase.ASSIGNED, wording.phrase());
        assertEquals("Hualong Grid 1", wording.gridName("zh-CN"));

        String rejected = "{\"appealId\":\"" + ID + "\",\"reason\":\"DUPLICATE\",\"detail\":\"Duplicate of BQ-1\","
                + "\"occurredAt\":\"2026-04-22T08:15:00Z\",\"duplicateOf\":\"" + ID + "\"}";
        var merged = (AppealRejected) EventCodec.decode("gridloop.appeal.rejected.v1",
                rejected.getBytes(StandardCharsets.UTF_8));
        assertTrue(merged.mergesInto());
        assertEquals(null, merged.duplicateOfReference());
        assertEquals("Duplicate of BQ-1", merged.detail());
    }

    @Test
    void aUnitTravelsWithItsNamesInBothLanguages() {
        var event = new AppealAssigned(ID, new GridUnit("biquan", "Biquan Street", java.util.Map.of("zh-CN", "碧泉街道",
                "en", "Biquan Street")), null, new GridUnit("hualong-g1", "Hualong Grid 1",
                java.util.Map.of("zh-CN", "花龙社区第一网格", "en", "Hualong Grid 1")), "w-1", "赵强", null,
                AT.plusSeconds(3600), AT.plusSeconds(86400), Actor.system("test"), AT);
        var read = (AppealAssigned) EventCodec.decode(EventType.APPEAL_ASSIGNED.ceType(), EventCodec.encode(event));
        assertEquals(event, read);
        assertEquals("花龙社区第一网格", read.grid().nameGivenIn("zh-CN"));
        assertEquals("花龙社区第一网格", gridloop.events.wording.EventWording.of(read).gridName("zh-CN"));
        assertEquals("Hualong Grid 1", gridloop.events.wording.EventWording.of(read).gridName("en"));
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
