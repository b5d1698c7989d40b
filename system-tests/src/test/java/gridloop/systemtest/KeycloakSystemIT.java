package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The production provider, proven: a real Keycloak from Maven Central with the repository's realm export, and a
 * system of its own whose three services trust only that realm and read the roles where Keycloak puts them
 * ({@code realm_access/roles}). A resident, a grid worker and an operator sign in with the password grant and take
 * one appeal round the loop. Keycloak needs Java 21+; without one the test says so and is skipped. It shares
 * nothing with the other classes, so it runs beside them ({@code junit-platform.properties}).
 */
@Execution(ExecutionMode.CONCURRENT)
class KeycloakSystemIT {

    private static KeycloakServer keycloak;
    private static RunningSystem system;

    @BeforeAll
    static void startKeycloakAndASystemThatTrustsIt() {
        Optional<Path> java = KeycloakServer.findJava21();
        if (java.isEmpty()) {
            String reason = "KeycloakSystemIT skipped: Keycloak needs Java 21+ and none was found (set -D"
                    + KeycloakServer.JAVA_HOME_SETTING + " or GRIDLOOP_KEYCLOAK_JAVA_HOME to a JDK 21+ home)";
            System.out.println(reason);
            assumeTrue(false, reason);
        }
        keycloak = KeycloakServer.start(java.get());
        // The services start while Keycloak does; they fetch its keys when the first token arrives.
        // The loop's three services; the command centre is not part of what this test proves.
        system = new RunningSystem(Map.of(
                "GRIDLOOP_OIDC_ISSUER", keycloak.issuer(),
                "GRIDLOOP_SECURITY_ROLES_CLAIM", "realm_access/roles"), false);
        keycloak.awaitReady(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() {
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            if (keycloak != null) {
                keycloak.close();
            }
        });
        if (system != null) {
            system.close();
        }
        stopping.join();
    }

    @Test
    void anAppealGoesRoundTheLoopWithKeycloaksTokens() throws Exception {
        String resident = keycloak.passwordToken("resident-chen");
        String operator = keycloak.passwordToken("operator-1");

        // A token of the local provider is foreign here, and a resident is not an operator.
        given().baseUri(system.intake.url()).auth().oauth2(system.token("resident-chen")).get("/api/v1/appeals/mine")
                .then().statusCode(401).contentType("application/problem+json");
        given().baseUri(system.dispatch.url()).auth().oauth2(resident).get("/api/v1/tasks")
                .then().statusCode(403).contentType("application/problem+json");

        String id = given().baseUri(system.intake.url()).auth().oauth2(resident).contentType(ContentType.JSON).body("""
                        {"category": "FACILITY_DAMAGE", "description": "A swing in the Hualong playground is broken",
                         "location": {"latitude": 29.597, "longitude": 106.223, "address": "Hualong Community"}}
                        """)
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(system.intake.url())
                .auth().oauth2(resident).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("status", equalTo("ASSIGNED")));

        // The worker the appeal went to signs in as themselves (every roster worker is a realm user).
        String assignee = given().baseUri(system.dispatch.url()).auth().oauth2(operator)
                .get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("assigneeId", startsWith("w-hualong-g1-")).extract().path("assigneeId");
        String worker = keycloak.passwordToken(assignee);
        // Keycloak names the worker as the roster does: the whole Chinese name, family name first.
        String rosterName = given().baseUri(system.dispatch.url()).auth().oauth2(operator)
                .get("/api/v1/grids/hualong-g1/workers").then().statusCode(200)
                .extract().path("find { it.id == '" + assignee + "' }.name");
        String claimed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.util.Base64.getUrlDecoder()
                .decode(worker.split("\\.")[1])).path("name").asText();
        org.junit.jupiter.api.Assertions.assertEquals(rosterName, claimed, "Keycloak's name claim of " + assignee);
        given().baseUri(system.dispatch.url()).auth().oauth2(worker).post("/api/v1/tasks/" + id + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(system.feedback.url())
                .auth().oauth2(worker).contentType(ContentType.JSON)
                .body("{\"resolution\": \"Replaced the swing's chains\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(200));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(system.feedback.url())
                .auth().oauth2(resident).contentType(ContentType.JSON)
                .body("{\"satisfaction\": 5, \"resolved\": true}")
                .post("/api/v1/appeals/" + id + "/rating").then().statusCode(200).body("status", equalTo("CLOSED")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(system.intake.url())
                .auth().oauth2(resident).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("timeline.type", hasItems("gridloop.appeal.accepted.v1", "gridloop.appeal.resolved.v1",
                        "gridloop.appeal.closed.v1")));
        given().baseUri(system.intake.url()).auth().oauth2(resident).get("/api/v1/appeals/mine").then()
                .statusCode(200).body("items.id", hasItems(id));
    }
}
