package gridloop.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gridloop.events.Actor;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealCoHandled;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealOverdue;
import gridloop.events.AppealRated;
import gridloop.events.AppealPartReported;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealRecategorized;
import gridloop.events.AppealRejected;
import gridloop.events.AppealReportInOverdue;
import gridloop.events.AppealReportedIn;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealSupported;
import gridloop.events.AppealWithdrawn;
import gridloop.events.CloudEventHeaders;
import gridloop.events.DepartmentFigures;
import gridloop.events.EvaluationSnapshot;
import gridloop.events.EventCodec;
import gridloop.events.EventType;
import gridloop.events.GridLoopEvent;
import gridloop.events.Topics;
import gridloop.events.GridMapInForce;
import gridloop.events.GridRosterInForce;
import gridloop.events.BuildingRecorded;
import gridloop.events.OrganisationRecorded;
import gridloop.events.FacilityRecorded;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document against the event records: every {@code ce_type} is documented on its topic, a sample
 * of every event as the services encode it validates, and renaming any field of any event breaks it.
 * (system-tests validates what the running services really put on the topics.)
 */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-04-22T08:15:00Z");
    private static final UUID APPEAL = UUID.fromString("0b6c1d1e-8a34-4b0e-9d7e-2f6a0d7c9e21");
    private static final GridUnit GRID = new GridUnit("G-01", "Wenhui grid 1");

    private final EventContract contract = EventContract.load();

    @Test
    void everyEventTypeIsDocumentedOnItsTopicAndNothingElseIs() {
        Map<String, String> documented = new HashMap<>();
        contract.messages().values().stream().filter(message -> message.ceType().startsWith("gridloop."))
                .forEach(message -> documented.put(message.ceType(), message.topic()));
        Map<String, String> inCode = Stream.of(EventType.values())
                .collect(Collectors.toMap(EventType::ceType, EventType::topic));
        assertEquals(inCode, documented);
    }

    @Test
    void aSampleOfEveryEventValidates() {
        Set<EventType> covered = samples().stream().map(EventContractTest::typeOf).collect(Collectors.toSet());
        assertEquals(Set.of(EventType.values()), covered, "a sample of every event type");
        for (GridLoopEvent event : samples()) {
            EventType type = typeOf(event);
            assertEquals(List.of(), contract.violations(type.ceType(), type.topic(), headers(event),
                    EventCodec.encode(event)), event.toString());
        }
    }

    @Test
    void renamingAnyFieldOfAnyEventBreaksTheContract() throws Exception {
        List<String> survived = new ArrayList<>();
        for (GridLoopEvent event : samples()) {
            EventType type = typeOf(event);
            ObjectNode payload = (ObjectNode) JSON.readTree(EventCodec.encode(event));
            for (Iterator<String> names = payload.fieldNames(); names.hasNext();) {
                String field = names.next();
                ObjectNode renamed = payload.deepCopy();
                renamed.set(field + "Renamed", renamed.remove(field));
                if (contract.violations(type.ceType(), type.topic(), headers(event),
                        JSON.writeValueAsBytes(renamed)).isEmpty()) {
                    survived.add(type.ceType() + "." + field);
                }
            }
        }
        assertEquals(List.of(), survived, "renamed fields the schemas did not notice");
    }

    @Test
    void wrongHeadersOrTopicOrTypesAreReported() {
        AppealClosed closed = new AppealClosed(APPEAL, "RESIDENT", Actor.system("test"), AT);
        byte[] body = EventCodec.encode(closed);
        Map<String, String> noId = headers(closed);
        noId.remove(CloudEventHeaders.ID);
        assertFalse(contract.violations(EventType.APPEAL_CLOSED.ceType(), EventType.APPEAL_CLOSED.topic(), noId, body)
                .isEmpty(), "ce_id missing");
        assertFalse(contract.violations(EventType.APPEAL_CLOSED.ceType(), EventType.APPEAL_SUBMITTED.topic(),
                headers(closed), body).isEmpty(), "wrong topic");
        assertFalse(contract.violations(EventType.APPEAL_CLOSED.ceType(), EventType.APPEAL_CLOSED.topic(),
                headers(closed), EventCodec.encode(new AppealClosed(APPEAL, "SOMEONE", Actor.system("test"), AT))).isEmpty(),
                "closedBy outside its enum");
        assertTrue(contract.violations("gridloop.appeal.closed.v9", EventType.APPEAL_CLOSED.topic(), headers(closed),
                body).get(0).contains("not in"), "unknown ce_type");
    }

    private static Map<String, String> headers(GridLoopEvent event) {
        EventType type = typeOf(event);
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
        headers.put(CloudEventHeaders.SOURCE, Topics.producerSource(type.topic()));
        headers.put(CloudEventHeaders.TYPE, type.ceType());
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.TIME, event.occurredAt().toString());
        headers.put(CloudEventHeaders.SUBJECT, event.subject());
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    private static EventType typeOf(GridLoopEvent event) {
        return Stream.of(EventType.values()).filter(type -> type.payloadType() == event.getClass()).findFirst()
                .orElseThrow();
    }

    /** Every event type, with every field set, and the variants where a field may be null. */
    private static List<GridLoopEvent> samples() {
        Instant later = AT.plusSeconds(3600);
        return List.of(
                new AppealSubmitted(APPEAL, "GL-20260422-000123", "ROAD_DAMAGE", "Deep pothole by the school gate",
                        new Location(30.2741, 120.1551, "12 Wenhui Road"), List.of("https://media.example.org/1.jpg"),
                        "APP", null, Actor.system("test"), AT),
                new AppealSubmitted(APPEAL, "GL-20260422-000125", "FACILITY_DAMAGE", "The elevator of 3栋1单元 stops",
                        new Location(29.5985, 106.2236, null), List.of(), "APP", null, Actor.system("test"), AT,
                        UUID.fromString("8d2c6a4e-3b1f-4c5d-9e7a-6b5c4d3e2f1a")),
                new AppealSubmitted(APPEAL, "GL-20260422-000124", "NOISE", "Night works",
                        new Location(30.2741, 120.1551, null), List.of(), "HOTLINE", null, Actor.system("test"), AT),
                new AppealWithdrawn(APPEAL, "Withdrawn by the resident", Actor.system("test"), AT),
                new AppealSupported(APPEAL, 3, new Actor("resident", "p-3q2BvWk0Yc7nVx0Jb1s9ZQ"), AT),
                new AppealAssigned(APPEAL, new GridUnit("S-01", "Wenhui street"), new GridUnit("C-01", "Lake community"),
                        GRID, "W-0101", "Li Wei", null, later, later.plusSeconds(86_400), Actor.system("test"), AT),
                new AppealAssigned(APPEAL, null, null, GRID, null, null, "OPERATORS", later, later, Actor.system("test"), AT),
                new AppealAssigned(APPEAL, new GridUnit("biquan", "Biquan Street"), new GridUnit("niujiaowan",
                        "Niujiaowan Community"), GRID, "W-0101", "Li Wei", null, later, later, Actor.system("test"), AT,
                        "haoyu-g3-b1"),
                new AppealAccepted(APPEAL, "W-0101", Actor.system("test"), AT),
                new AppealEscalated(APPEAL, "WATER", "Water authority", "Burst main", true, Actor.system("test"), AT),
                new AppealReassigned(APPEAL, GRID, "W-0101", "W-0102", "Zhang Min", "Off duty", Actor.system("test"), AT),
                new AppealReassigned(APPEAL, null, "W-0101", null, null, null, Actor.system("test"), AT),
                new AppealReassigned(APPEAL, GRID, null, "W-0103", "Wu Yun", "Knows the building",
                        new Actor("operator", "op-1"), AT, true),
                new AppealOverdue(APPEAL, "ACCEPT", AT, Actor.system("test"), later),
                new AppealRejected(APPEAL, "OUTSIDE_DISTRICT", "No grid contains 0.0, 0.0", Actor.system("test"), AT),
                new AppealRecategorized(APPEAL, "NOISE", "ROAD_DAMAGE", "A pothole, not noise", new Actor("operator", "op-1"), AT),
                new AppealRejected(APPEAL, "DUPLICATE", "Duplicate of GL-20260422-000120: same pothole",
                        new Actor("operator", "op-1"), AT, UUID.fromString("5f0e2b1c-1d2e-4f5a-8b9c-0a1b2c3d4e5f")),
                new AppealReportedIn(APPEAL, "HOUSING", "Housing Department", new Actor("department", "housing-1"), AT),
                new AppealReportInOverdue(APPEAL, "HOUSING", "Housing Department", AT, Actor.system("test"), later),
                new AppealSentBack(APPEAL, "HOUSING", "Housing Department", "NOT_OUR_JURISDICTION",
                        "The school's wall", 1, false, new Actor("department", "housing-1"), later),
                new AppealCoHandled(APPEAL, "HOUSING", "Housing Department", List.of("PUBLIC_SECURITY"),
                        List.of("Public Security Bureau"), "Falling objects from a damaged facade", Actor.system("test"), AT),
                new AppealPartReported(APPEAL, "PUBLIC_SECURITY", "Public Security Bureau", "Cordoned off the pavement",
                        new Actor("department", "public-security-1"), later),
                new AppealResolved(APPEAL, "Filled and levelled", List.of("https://media.example.org/2.jpg"), "Li Wei",
                        1, Actor.system("test"), AT),
                new AppealResolved(APPEAL, "Filled", List.of(), null, 2, Actor.system("test"), AT),
                new AppealResolved(APPEAL, "Asked the owner to repair the wall", List.of(), "Housing", 1,
                        new Actor("department", "housing-1"), AT, "NOT_RESPONSIBLE", null),
                new AppealResolved(APPEAL, "Surveyed", List.of(), "Li Wei", 1, Actor.system("test"), AT, "NOT_FIXABLE",
                        "The tree is protected; pruning only in winter"),
                new AppealRated(APPEAL, 5, true, "Quick, thanks", 1, Actor.system("test"), AT),
                new AppealRated(APPEAL, 2, false, null, 1, Actor.system("test"), AT),
                new AppealReopened(APPEAL, 1, Actor.system("test"), AT),
                new AppealClosed(APPEAL, "TIMEOUT", Actor.system("test"), AT),
                new AppealClosed(APPEAL, "ORIGINAL", Actor.system("feedback"), AT,
                        UUID.fromString("5f0e2b1c-1d2e-4f5a-8b9c-0a1b2c3d4e5f"), "GL-20260422-000120"),
                new GridMapInForce("biquan", "Biquan Street", 3, sampleMap(), AT),
                new GridMapInForce("old-street", "Old Street", 3, JSON.createObjectNode().put("type", "FeatureCollection")
                        .set("features", JSON.createArrayNode()), AT),
                new GridRosterInForce("haoyu-g1", "niujiaowan", List.of(new GridRosterInForce.Worker("w-haoyu-g1-1",
                        "张丽", "12345", 480, 1080)), AT),
                new GridRosterInForce("old-grid", null, List.of(), AT),
                new BuildingRecorded("haoyu-g3-b1", "500120-biquan-niujiaowan-haoyu-g3-haoyu-g3-b1", "biquan",
                        "niujiaowan", "haoyu-g3", "鸿康皓宇小区", "璧山区碧泉街道鸿康皓宇小区3栋", "3栋", 29.5985, 106.2236,
                        18, 2, 144, 2015, "RESIDENTIAL", UUID.fromString("1c9e6a2b-7d3f-4e8a-b5c1-2f4d6e8a0b3c"),
                        new BuildingRecorded.People(140, 392, 110, 26, 4, 9, 3, 2, 5), 4, AT),
                new BuildingRecorded("lianhua-g1-b1", "500120-biquan-lianhua-lianhua-g1-lianhua-g1-b1", "biquan",
                        "lianhua", "lianhua-g1", null, "璧山区碧泉街道莲花社区1栋", "1栋", null, null, null, null, null,
                        null, null, null, BuildingRecorded.People.NONE, 1, AT),
                new OrganisationRecorded(UUID.fromString("1c9e6a2b-7d3f-4e8a-b5c1-2f4d6e8a0b3c"), "ORG-PC-001",
                        "PROPERTY_COMPANY", "鸿康物业服务有限公司", null, List.of("haoyu-g3-b1"), List.of("haoyu-g1"), 36, 2,
                        AT),
                new FacilityRecorded(UUID.fromString("8d2c6a4e-3b1f-4c5d-9e7a-6b5c4d3e2f1a"), "5001200690000001",
                        "0690", "3栋1单元电梯", "haoyu-g3-b1", 1, 29.5985, 106.2236,
                        UUID.fromString("1c9e6a2b-7d3f-4e8a-b5c1-2f4d6e8a0b3c"), "HOUSING", "FAULTY", AT, 3, AT),
                new FacilityRecorded(UUID.fromString("9e3d7b5f-4c2a-4d6e-8f8b-7c6d5e4f3a2b"), "5001200117000001",
                        "0117", "消防栓", null, null, 29.5991, 106.2240, null, null, "IN_SERVICE", AT, 1, AT),
                new EvaluationSnapshot("grid", "G-01", "Wenhui grid 1", AT, later, 20, 12, 0.6, 0.75, 30.5, 0.1, 4.2,
                        10, 18, 0.9, 16, 49.58, 0.8, later),
                new EvaluationSnapshot("department", "WATER", "Water authority", AT, later, 0, 0, 0, null, null, 0, null,
                        0, 0, 0, 0, null, null, later),
                new EvaluationSnapshot("department", "HOUSING", "Housing Department", AT, later, 8, 6, 0.75, 0.5, 20.0,
                        0.0, 4.0, 4, 8, 1.0, 6, 40.0, 0.75, later, 4, 1, 1, 0.5,
                        new DepartmentFigures(10, 8, 0.8, 3.5, 2, 0.2, 6, 5, 5.0 / 6)),
                new EvaluationSnapshot("department", "WATER", "Water authority", AT, later, 0, 0, 0, null, null, 0,
                        null, 0, 0, 0, 0, null, null, later, 0, 0, 0, null,
                        new DepartmentFigures(1, 0, 0.0, null, 1, 1.0, 0, 0, null)));
    }

    /** A street with one grid, as dispatch reads it from a GeoJSON upload. */
    private static com.fasterxml.jackson.databind.JsonNode sampleMap() {
        try {
            return JSON.readTree("""
                    {"type": "FeatureCollection", "features": [
                      {"type": "Feature", "properties": {"level": "street", "id": "biquan", "name": "Biquan Street", "parent": null},
                       "geometry": {"type": "Polygon", "coordinates": [[[106.2, 29.575], [106.24, 29.575], [106.24, 29.605], [106.2, 29.575]]]}},
                      {"type": "Feature", "properties": {"level": "grid", "id": "hualong-g1", "name": "Hualong Grid 1", "parent": "hualong"},
                       "geometry": {"type": "Polygon", "coordinates": [[[106.22, 29.575], [106.23, 29.575], [106.23, 29.59], [106.22, 29.575]]]}}]}
                    """);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
