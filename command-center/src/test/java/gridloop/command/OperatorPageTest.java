package gridloop.command;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page's sign-in and its actions, without a browser (CommandCenterBrowserIT signs in with one): an anonymous
 * browser is sent to the provider with PKCE, the API stays bearer-only, the static files need no sign-in, and an
 * action goes to dispatch with the operator's own token and comes back as dispatch answered it.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
@QuarkusTestResource(StubDispatch.class)
class OperatorPageTest {

    @ConfigProperty(name = "gridloop.oidc.issuer")
    String issuer;

    @BeforeEach
    void clearDispatch() {
        StubDispatch.requests().clear();
        StubDispatch.answerWith(200, "application/json", "{}");
    }

    @Test
    void anAnonymousBrowserIsSentToSignInWithPkce() {
        String location = given().redirects().follow(false).accept(ContentType.HTML).get("/").then()
                .statusCode(302).extract().header("Location");
        assertEquals(issuer + "/authorize", location.substring(0, location.indexOf('?')));
        Map<String, String> query = Stream.of(URI.create(location).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2)).collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        assertEquals("gridloop-app", query.get("client_id"));
        assertEquals("code", query.get("response_type"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertEquals(43, query.get("code_challenge").length(), "a base64url SHA-256: " + query);

        // The API is not the page: no redirect, a 401 problem+json for a client without a token.
        given().redirects().follow(false).get("/api/v1/map/units").then().statusCode(401)
                .contentType("application/problem+json");
        given().redirects().follow(false).get("/session").then().statusCode(302);
        // The page's script, styles and Leaflet (the WebJar) hold no data: no sign-in.
        given().get("/app/command-centre.js").then().statusCode(200).body(containsString("followFeed"));
        given().get("/app/command-centre.css").then().statusCode(200);
        given().get("/webjars/leaflet/1.9.4/dist/leaflet.js").then().statusCode(200)
                .body(containsString("Leaflet"));
    }

    @Test
    void anActionGoesToDispatchWithTheOperatorsOwnToken() {
        String token = Tokens.of(Tokens.OPERATOR);
        UUID appeal = UUID.randomUUID();
        StubDispatch.answerWith(200, "application/json", "{\"appealId\":\"" + appeal + "\",\"assignee\":\"w-2\"}");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"assignee\": \"w-2\", \"reason\": \"closer to the site\"}")
                .post("/api/v1/appeals/" + appeal + "/reassign").then().statusCode(200)
                .body("assignee", equalTo("w-2"));

        assertEquals(1, StubDispatch.requests().size());
        StubDispatch.Request sent = StubDispatch.requests().get(0);
        assertEquals("POST", sent.method());
        assertEquals("/api/v1/tasks/" + appeal + "/reassign", sent.path());
        assertEquals("Bearer " + token, sent.authorization(), "the operator's token, not a service account's");
        assertEquals("{\"assignee\":\"w-2\",\"reason\":\"closer to the site\"}", sent.body());
    }

    @Test
    void aRefusalOfDispatchComesBackAsItWas() {
        StubDispatch.answerWith(409, "application/problem+json", """
                {"type":"https://gridloop.example/problems/conflict","title":"Not allowed in the current state",\
                "status":409,"detail":"The task is with HOUSING: it sends it back first"}""");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"department\": \"HOUSING\", \"reason\": \"a leak\"}")
                .post("/api/v1/appeals/" + UUID.randomUUID() + "/escalate").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("The task is with HOUSING: it sends it back first"));
    }

    @Test
    void onlyOperatorsActAndOnlyWithAnObject() {
        given().auth().oauth2(Tokens.of("w-hualong-g1-1")).contentType(ContentType.JSON)
                .body("{\"assignee\": \"w-2\", \"reason\": \"mine now\"}")
                .post("/api/v1/appeals/" + UUID.randomUUID() + "/reassign").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/appeals/" + UUID.randomUUID() + "/reassign").then().statusCode(401);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("[1, 2]")
                .post("/api/v1/appeals/" + UUID.randomUUID() + "/reassign").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, StubDispatch.requests().size(), "nothing refused reached dispatch");
    }

    @Test
    void anActionWhenDispatchDoesNotAnswerIsA503Problem() {
        StubDispatch.answerWith(-1, "application/json", "");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/departments").then()
                .statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("Dispatch did not answer"));
    }
}
