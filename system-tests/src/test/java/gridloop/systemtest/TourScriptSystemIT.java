package gridloop.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's API tour is a script ({@code scripts/tour.sh}); this runs it against the running system, so the text a
 * newcomer follows cannot drift from what the services answer. The script stops at the first answer it did not
 * expect, and says which.
 */
class TourScriptSystemIT {

    private static final Path SCRIPT = Path.of("..", "scripts", "tour.sh").toAbsolutePath().normalize();
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void theToursAppealGoesFromSubmissionToClosedWithTheRightTokenAtEachStep() throws Exception {
        ProcessBuilder tour = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        tour.environment().put("GRIDLOOP_INTAKE_URL", system.intake.url());
        tour.environment().put("GRIDLOOP_DISPATCH_URL", system.dispatch.url());
        tour.environment().put("GRIDLOOP_FEEDBACK_URL", system.feedback.url());
        tour.environment().put("GRIDLOOP_OIDC_ISSUER", system.oidc.issuer());
        Process running = tour.start();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(running.waitFor(3, TimeUnit.MINUTES), "the tour ended");
        assertEquals(0, running.exitValue(), output);
        assertTrue(output.contains("the resident sees CLOSED") && output.contains("went round the loop"), output);
    }

    /** The tour's public look-up, outside the district: a documented 404 (every answer here is held to the documents). */
    @Test
    void aPointOutsideTheDistrictIsADocumentedNotFound() {
        io.restassured.RestAssured.given().baseUri(system.dispatch.url()).queryParam("lat", 10).queryParam("lon", 10)
                .get("/api/v1/grids/locate").then().statusCode(404).contentType("application/problem+json");
    }
}
