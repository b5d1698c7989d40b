package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Topics;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry in the running system: it loads the sample street on the map dispatch publishes, an appeal a resident
 * submits naming an elevator marks it faulty, the closure reported FIXED puts it back in service, and nothing of a
 * household ever reaches a topic.
 */
class RegistrySystemIT {

    /** The sample's elevator of Hongkang Haoyu building 1, entrance 1 (registry-service sample-street/). */
    private static final String ELEVATOR_CODE = "5001200601000001";
    private static final Path SAMPLE_HOUSEHOLDS = Path.of("..", "registry-service", "src", "main", "resources",
            "sample-street", "households.csv");
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
        await("the sample street loaded").atMost(Duration.ofSeconds(90)).untilAsserted(() -> given()
                .baseUri(system.registry.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .queryParam("class", "0601").get("/api/v1/facilities").then().statusCode(200)
                .body("items", hasSize(4)));
    }

    @Test
    void anAppealNamingTheElevatorMovesItsStatusEndToEnd() {
        String elevator = given().baseUri(system.registry.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .queryParam("class", "0601").get("/api/v1/facilities").then().statusCode(200).extract()
                .path("items.find { it.code == '" + ELEVATOR_CODE + "' }.id");
        int faultsBefore = facility(elevator).extract().path("faultsInWindow");

        String appeal = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                .contentType(ContentType.JSON).body("""
                        {"category": "FACILITY_DAMAGE", "description": "1栋1单元电梯停在三楼不动了",
                         "location": {"latitude": 29.5791, "longitude": 106.2033}, "facilityId": "%s"}
                        """.formatted(elevator))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> facility(elevator)
                .body("status", equalTo("FAULTY")).body("faultsInWindow", equalTo(faultsBefore + 1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(system.intake.url())
                .auth().oauth2(system.token(Tokens.RESIDENT)).get("/api/v1/appeals/" + appeal).then().statusCode(200)
                .body("facilityId", equalTo(elevator)).body("buildingId", equalTo("haoyu-g1-b1")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(system.feedback.url())
                .auth().oauth2(system.token(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"resolution\": \"更换了控制板\", \"outcome\": \"FIXED\"}")
                .post("/api/v1/appeals/" + appeal + "/closure").then().statusCode(200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> facility(elevator)
                .body("status", equalTo("IN_SERVICE")));
        given().baseUri(system.registry.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .get("/api/v1/buildings/haoyu-g1-b1").then().statusCode(200)
                .body("appeals.appealId", hasItem(appeal)).body("people.residents", greaterThanOrEqualTo(100))
                .body("careGroups.elderlyLivingAlone", greaterThanOrEqualTo(1));
    }

    @Test
    void noHouseholdsNameOrPhoneIsOnAnyTopic() throws Exception {
        system.awaitQuiet();
        List<String> personal = new ArrayList<>();
        List<String> lines = Files.readAllLines(SAMPLE_HOUSEHOLDS, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[9].isEmpty()) {
                personal.add(cells[9]);
                personal.add(cells[10]);
            }
        }
        assertTrue(personal.size() > 100, "the sample has contacts to look for: " + personal.size());
        KafkaTestClient kafka = system.kafka();
        int records = 0;
        for (String topic : Topics.ALL) {
            for (ConsumerRecord<String, byte[]> record : kafka.readAll(topic)) {
                String value = new String(record.value(), StandardCharsets.UTF_8);
                for (String word : personal) {
                    assertFalse(value.contains(word), topic + " carries a household's " + word);
                }
                records++;
            }
        }
        assertTrue(records > 50, "records read: " + records);
    }

    private static io.restassured.response.ValidatableResponse facility(String id) {
        return given().baseUri(system.registry.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .get("/api/v1/facilities/" + id).then().statusCode(200);
    }
}
