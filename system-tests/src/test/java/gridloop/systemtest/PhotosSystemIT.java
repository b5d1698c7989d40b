package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Topics;
import gridloop.testkit.PhonePhotos;
import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Photos through the whole loop, on the real broker and object store: a resident submits with two photos taken with
 * GPS on, the grid worker closes with one of its own, and the resident sees all three on the appeal, none with its
 * metadata; the worker's task names the resident's two; a stranger gets 404; the events carry ids, never links.
 */
class PhotosSystemIT {

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void aResidentsTwoPhotosAndTheWorkersOneReachTheTimelineWithoutTheirMetadata() {
        byte[] first = PhonePhotos.jpegWithGps(800, 600);
        String before1 = upload(Tokens.RESIDENT, first);
        String before2 = upload(Tokens.RESIDENT, PhonePhotos.pngWithText(400, 300));
        String id = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                .contentType(ContentType.JSON).body("""
                        {"category": "FACILITY_DAMAGE", "description": "The table-tennis table's net post is snapped",
                         "location": {"latitude": 29.597, "longitude": 106.223, "address": "Hualong Community"},
                         "photos": ["%s", "%s"]}""".formatted(before1, before2))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");

        String worker = Handling.assignee(system, id);
        given().baseUri(system.dispatch.url()).auth().oauth2(system.token(worker)).get("/api/v1/tasks/" + id).then()
                .statusCode(200).body("photos", equalTo(List.of(before1, before2)));
        // The task's holder reads them at intake once intake has heard who holds it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(system.intake.url())
                .auth().oauth2(system.token(worker)).get("/api/v1/photos/" + before1).then().statusCode(200));

        String after = upload(worker, PhonePhotos.jpegWithGps(640, 480));
        Handling.close(system, worker, id, "{\"resolution\": \"Replaced the net post\", \"photos\": [\"" + after + "\"]}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(system.intake.url())
                .auth().oauth2(system.token(Tokens.RESIDENT)).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("photos", hasSize(3))
                .body("photos.id", equalTo(List.of(before1, before2, after)))
                .body("photos.stage", equalTo(List.of("SUBMISSION", "SUBMISSION", "CLOSURE"))));
        for (String photo : List.of(before1, before2, after)) {
            byte[] stored = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                    .get("/api/v1/photos/" + photo).then().statusCode(200).extract().asByteArray();
            assertEquals(List.of(), PhonePhotos.metadataOf(stored), photo);
            given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.OTHER_RESIDENT))
                    .get("/api/v1/photos/" + photo).then().statusCode(404);
        }
        byte[] stored = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                .get("/api/v1/photos/" + before1).then().extract().asByteArray();
        assertArrayEquals(PhonePhotos.pixels(first), PhonePhotos.pixels(stored));

        // The events name the photos by id; no link and no byte of a picture goes on a topic.
        for (String topic : List.of(Topics.APPEALS_SUBMITTED, Topics.APPEALS_FEEDBACK)) {
            List<ConsumerRecord<String, byte[]>> records = system.kafka().readUntil(topic, Duration.ofSeconds(20),
                    list -> list.stream().anyMatch(r -> id.equals(r.key())));
            String published = records.stream().filter(r -> id.equals(r.key()))
                    .map(r -> new String(r.value(), StandardCharsets.UTF_8)).reduce("", String::concat);
            assertTrue(published.contains(topic.equals(Topics.APPEALS_SUBMITTED) ? before1 : after), published);
            assertTrue(!published.contains("/api/v1/photos") && !published.contains("X-Amz"), published);
        }
    }

    private static String upload(String user, byte[] photo) {
        return given().baseUri(system.intake.url()).auth().oauth2(system.token(user))
                .multiPart("file", "IMG_2041.jpg", photo, "application/octet-stream").post("/api/v1/photos").then()
                .statusCode(201).extract().path("id");
    }
}
