package gridloop.feedback;

import static io.restassured.RestAssured.given;

import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The closures and ratings of a hand-computed evaluation, written down appeal by appeal and then run in time
 * order, each with the clock pinned to its time: operators report closures, the tests' resident rates.
 */
final class ScriptedSteps {

    private record Step(Instant at, UUID appeal, String path, String body) {
    }

    private final List<Step> steps = new ArrayList<>();

    void closure(UUID appeal, Instant at, String body) {
        steps.add(new Step(at, appeal, "/closure", body));
    }

    void rating(UUID appeal, Instant at, int satisfaction, boolean resolved) {
        steps.add(new Step(at, appeal, "/rating",
                "{\"satisfaction\": " + satisfaction + ", \"resolved\": " + resolved + "}"));
    }

    /** Runs every step in time order; the clock stays pinned to the last one. */
    void run(MovableClock clock) {
        steps.stream().sorted(Comparator.comparing(Step::at)).forEach(step -> {
            clock.pinTo(step.at());
            given().auth().oauth2(Tokens.of(step.path().equals("/rating") ? Tokens.RESIDENT : Tokens.OPERATOR))
                    .contentType(ContentType.JSON).body(step.body()).post("/api/v1/appeals/" + step.appeal() + step.path())
                    .then().statusCode(200);
        });
    }
}
