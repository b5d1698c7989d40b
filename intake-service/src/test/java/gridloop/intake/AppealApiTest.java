package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gridloop.events.CloudEventHeaders;
import gridloop.events.EventType;
import gridloop.events.Topics;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class AppealApiTest {

    static String appealJson(String description, String phone) {
        return """
                {"category": "FACILITY_DAMAGE", "description": %s,
                 "location": {"latitude": 29.5912, "longitude": 106.2231, "address": "Hualong Community, table-tennis court"},
                 "mediaUrls": ["https://img.example.org/table.jpg"],
                 "reporter": {"name": "Wang Fang", "phone": "%s"}}
                """.formatted(description, phone);
    }

    @Test
    void categoriesAreTheSeededCatalogue() {
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/categories").then().statusCode(200)
                .body("$", hasSize(8))
                .body("code", hasItem("FIRE_HAZARD"))
                .body("find { it.code == 'FIRE_HAZARD' }.escalationDepartment", equalTo("FIRE_SAFETY"))
                .body("find { it.code == 'FIRE_HAZARD' }.acceptWithinHours", equalTo(1));
    }

    @Test
    void submittedAppealIsStoredPublishedWithoutReporterAndReadable() {
        String description = "\"The outdoor table-tennis table is broken\" 乒乓球台坏了; DROP TABLE appeal;--";
        String id = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(appealJson(jsonString(description), "13800000001"))
                .post("/api/v1/appeals")
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/appeals/"))
                .body("status", equalTo("SUBMITTED"))
                .body("reference", matchesPattern("BQ-\\d{8}-\\d{6}"))
                .body("submittedAt", notNullValue())
                .extract().path("id");

        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("description", equalTo(description))
                .body("status", equalTo("SUBMITTED"))
                .body("location.address", equalTo("Hualong Community, table-tennis court"))
                .body("timeline", hasSize(1))
                .body("timeline[0].type", equalTo("gridloop.appeal.submitted.v1"));

        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        List<ConsumerRecord<String, byte[]>> records = kafka.readUntil(Topics.APPEALS_SUBMITTED,
                Duration.ofSeconds(20), list -> list.stream().anyMatch(r -> id.equals(r.key())));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertEquals(EventType.APPEAL_SUBMITTED.ceType(), KafkaTestClient.header(record, CloudEventHeaders.TYPE));
        assertEquals(id, KafkaTestClient.header(record, CloudEventHeaders.SUBJECT));
        assertEquals("/gridloop/intake", KafkaTestClient.header(record, CloudEventHeaders.SOURCE));
        assertEquals("1.0", KafkaTestClient.header(record, CloudEventHeaders.SPEC_VERSION));
        String payload = new String(record.value(), StandardCharsets.UTF_8);
        assertFalse(payload.contains("13800000001"), payload);
        assertFalse(payload.contains("Wang Fang"), payload);
    }

    @Test
    void badInputIsAProblemWithViolations() {
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body("""
                {"category": "FACILITY_DAMAGE", "description": "",
                 "location": {"latitude": 91, "longitude": 106.2}, "mediaUrls": ["ftp://x/y"]}
                """).post("/api/v1/appeals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("description"))
                .body("violations.field", hasItem("location.latitude"))
                .body("violations.field", hasItem("mediaUrls[0]"));

        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body("{not json").post("/api/v1/appeals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:gridloop:problem:malformed-json")).body("title", equalTo("JSON 格式错误"));

        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(appealJson("\"x\"", "1").replace("FACILITY_DAMAGE", "UFO"))
                .post("/api/v1/appeals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("validCodes", hasItem("NOISE"));

        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON)
                .body(appealJson("\"x\"", "1").replace("\"latitude\": 29.5912", "\"latitude\": \"north\""))
                .post("/api/v1/appeals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("location.latitude"));

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void withdrawIsAllowedOnceAndPublished() {
        String id = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(appealJson("\"Noise at night\"", "13800000002"))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");

        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).post("/api/v1/appeals/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).post("/api/v1/appeals/" + id + "/withdraw").then().statusCode(409)
                .contentType("application/problem+json");

        List<ConsumerRecord<String, byte[]>> records = GridLoopTestInfrastructure.current().kafka().readUntil(
                Topics.APPEALS_SUBMITTED, Duration.ofSeconds(20),
                list -> list.stream().filter(r -> id.equals(r.key())).count() >= 2);
        List<String> types = records.stream().filter(r -> id.equals(r.key()))
                .map(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE)).toList();
        assertEquals(List.of(EventType.APPEAL_SUBMITTED.ceType(), EventType.APPEAL_WITHDRAWN.ceType()), types);
    }

    @Test
    void reporterListIsPagedNewestFirst() {
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(appealJson("\"Appeal " + i + "\"", "13900000003"))
                    .post("/api/v1/appeals").then().statusCode(202);
        }
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("reporter", "13900000003").queryParam("size", 2).get("/api/v1/appeals")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items", hasSize(2))
                .body("items[0].description", equalTo("Appeal 2"))
                .body("items.status", everyItem(equalTo("SUBMITTED")));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("reporter", "13900000003").queryParam("page", 1).queryParam("size", 2).get("/api/v1/appeals")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].description", equalTo("Appeal 0"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("reporter", "13900000003").queryParam("status", "CLOSED").get("/api/v1/appeals")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("reporter", "13900000003").queryParam("size", 500).get("/api/v1/appeals")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals").then().statusCode(400).body("violations[0].field", equalTo("reporter"));
    }

    @Test
    void tooLongDescriptionsAndTooManyMediaUrlsAreRefused() {
        String longText = "长".repeat(2001);
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(appealJson(jsonString(longText), "1")).post("/api/v1/appeals")
                .then().statusCode(400).body("violations.field", hasItem("description"));
        String sixUrls = appealJson("\"ok\"", "1").replace("[\"https://img.example.org/table.jpg\"]",
                "[\"https://a/1\", \"https://a/2\", \"https://a/3\", \"https://a/4\", \"https://a/5\", \"https://a/6\"]");
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(sixUrls).post("/api/v1/appeals")
                .then().statusCode(400).body("violations.field", hasItem("mediaUrls"));
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(appealJson("\"ok\"", "1").replace("\"category\": \"FACILITY_DAMAGE\",",
                "\"category\": \"NOISE\", \"channel\": \"CARRIER_PIGEON\",")).post("/api/v1/appeals")
                .then().statusCode(400).body("violations[0].field", equalTo("channel"));
    }

    static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
