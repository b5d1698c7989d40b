package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key, "me too" supporters, nearby duplicates and oversized bodies. */
@QuarkusTest
class RetrySafetyTest {

    @TestHTTPResource("/api/v1/appeals")
    URL appeals;

    @Test
    void sameKeySameBodyAnswersTheFirstAnswerAndCreatesNothingNew() {
        String phone = "136" + (System.nanoTime() % 100_000_000L);
        String key = UUID.randomUUID().toString();
        String body = AppealApiTest.appealJson("\"Streetlight out\"", phone);
        String first = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appeals").then().statusCode(202).body("id", equalTo(first));
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(AppealApiTest.appealJson("\"Another problem\"", phone))
                .post("/api/v1/appeals").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("reporter", phone).get("/api/v1/appeals").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneAppeal() throws Exception {
        String phone = "135" + (System.nanoTime() % 100_000_000L);
        String key = UUID.randomUUID().toString();
        String body = AppealApiTest.appealJson("\"Pothole\"", phone);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                        .post("/api/v1/appeals").then().statusCode(202).extract().path("id"));
            }
            Set<String> ids = new java.util.HashSet<>();
            for (Future<String> answer : pool.invokeAll(calls)) {
                ids.add(answer.get());
            }
            assertEquals(1, ids.size(), "one appeal for one key: " + ids);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("reporter", phone).get("/api/v1/appeals").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aNearbyOpenAppealOfTheSameCategoryIsOfferedAndCanBeSupported() {
        String body = """
                {"category": "GREENING", "description": "Fallen tree",
                 "location": {"latitude": 29.5801, "longitude": 106.2101}}
                """;
        String first = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(body).post("/api/v1/appeals")
                .then().statusCode(202).extract().path("id");
        // About 20 m away: offered as a possible duplicate.
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(body.replace("29.5801", "29.58028"))
                .post("/api/v1/appeals").then().statusCode(202)
                .body("possibleDuplicates.id", org.hamcrest.Matchers.hasItem(first));
        // About 200 m away: not a duplicate.
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(body.replace("29.5801", "29.5819"))
                .post("/api/v1/appeals").then().statusCode(202)
                .body("possibleDuplicates.findAll { it.id == '" + first + "' }", hasSize(0));

        String key = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).header("Idempotency-Key", key).post("/api/v1/appeals/" + first + "/supporters")
                .then().statusCode(200).body("supporters", equalTo(1));
        given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).header("Idempotency-Key", key).post("/api/v1/appeals/" + first + "/supporters")
                .then().statusCode(200).body("supporters", equalTo(1));
        // A resident counts once: again without a key, or the reporter's own "me too", changes nothing.
        given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).post("/api/v1/appeals/" + first + "/supporters")
                .then().statusCode(200).body("supporters", equalTo(1));
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).post("/api/v1/appeals/" + first + "/supporters")
                .then().statusCode(200).body("supporters", equalTo(1));
        given().auth().oauth2(Tokens.of(Tokens.THIRD_RESIDENT)).post("/api/v1/appeals/" + first + "/supporters")
                .then().statusCode(200).body("supporters", equalTo(2));
        given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).post("/api/v1/appeals/" + UUID.randomUUID() + "/supporters").then().statusCode(404);

        // Each resident counted goes out as the count, once: the repeats and the reporter's own changed nothing.
        List<String> supported = gridloop.testkit.GridLoopTestInfrastructure.current().kafka().readUntil(
                        gridloop.events.Topics.APPEALS_SUBMITTED, java.time.Duration.ofSeconds(20),
                        list -> list.stream().filter(r -> first.equals(r.key())).count() >= 3).stream()
                .filter(r -> first.equals(r.key()))
                .filter(r -> gridloop.events.EventType.APPEAL_SUPPORTED.ceType().equals(
                        gridloop.testkit.KafkaTestClient.header(r, gridloop.events.CloudEventHeaders.TYPE)))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
        assertEquals(2, supported.size(), supported.toString());
        assertTrue(supported.get(0).contains("\"supporters\":1") && supported.get(1).contains("\"supporters\":2"),
                supported.toString());
    }

    @Test
    void aBodyOver64KibIsRefusedWith413() {
        String huge = "x".repeat(70 * 1024);
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(AppealApiTest.appealJson("\"" + huge + "\"", "1"))
                .post("/api/v1/appeals").then().statusCode(413).contentType("application/problem+json");
    }

    /** A body sent without a Content-Length (chunked) is held to the same 64 KiB; over 1 MiB, either way, too. */
    @Test
    void chunkedAndHugeBodiesAreHeldToTheSameLimit() throws Exception {
        String small = AppealApiTest.appealJson("\"Pothole, sent chunked\"", "1");
        assertEquals(202, send(small, true).statusCode());
        for (int kib : new int[] {70, 2048}) {
            String huge = AppealApiTest.appealJson("\"" + "x".repeat(kib * 1024) + "\"", "1");
            for (boolean chunked : new boolean[] {true, false}) {
                HttpResponse<String> answer = send(huge, chunked);
                String what = kib + " KiB" + (chunked ? " chunked" : "");
                assertEquals(413, answer.statusCode(), what + ": " + answer.body());
                assertEquals(Optional.of("application/problem+json"), answer.headers().firstValue("Content-Type"), what);
                assertTrue(answer.body().contains("\"type\":\"urn:gridloop:problem:payload-too-large\"")
                        && answer.body().contains("请求体超过 65536 字节"), what + ": " + answer.body());
            }
        }
    }

    private HttpResponse<String> send(String body, boolean chunked) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(appeals.toString()))
                .header("Authorization", "Bearer " + Tokens.of(Tokens.RESIDENT)).header("Content-Type", "application/json")
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                        : HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
