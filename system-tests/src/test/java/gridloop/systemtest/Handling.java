package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Objects;

/** The handler's side of an appeal, as the system tests drive it: who dispatch gave it to, and their closure report. */
final class Handling {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Handling() {
    }

    /** The worker dispatch assigned the appeal to, once it has. */
    static String assignee(RunningSystem system, String appealId) {
        return await().atMost(WAIT).until(() -> given().baseUri(system.dispatch.url())
                .auth().oauth2(system.token(Tokens.OPERATOR)).get("/api/v1/tasks/" + appealId).then().extract()
                .path("assigneeId"), Objects::nonNull);
    }

    /** The worker's closure report, once feedback knows the appeal is theirs; {@code body} as feedback takes it. */
    static void close(RunningSystem system, String worker, String appealId, String body) {
        await().atMost(WAIT).untilAsserted(() -> given().baseUri(system.feedback.url())
                .auth().oauth2(system.token(worker)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appeals/" + appealId + "/closure").then().statusCode(200));
    }
}
