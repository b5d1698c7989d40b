package gridloop.command;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.List;
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
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"assignee\": \"w-2\", \"reason\": \"closer to the site\"}")
                .post("/api/v1/appeals/" + appeal + "/reassign").then().statusCode(200)
                .body("assignee", equalTo("w-2"));

        assertEquals(1, StubDispatch.requests().size());
        StubDispatch.Request sent = StubDispatch.requests().get(0);
        assertEquals("POST", sent.method());
        assertEquals("/api/v1/tasks/" + appeal + "/reassign", sent.path());
        assertEquals("Bearer " + token, sent.authorization(), "the operator's token, not a service account's");
        assertEquals("en", sent.acceptLanguage(), "dispatch answers in the operator's language");
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
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).header("Accept-Language", "en").get("/api/v1/departments")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:gridloop:problem:dispatch-unavailable"))
                .body("detail", containsString("Dispatch did not answer"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/departments").then()
                .statusCode(503).header("Content-Language", "zh-CN")
                .body("type", equalTo("urn:gridloop:problem:dispatch-unavailable"))
                .body("title", equalTo("调度服务没有响应"));
    }

    /** The API is bearer-only: the page's session cookie alone, as a forged cross-site request carries it, is 401. */
    @Test
    void theApiRefusesTheSessionCookieAlone() {
        Map<String, String> session = BrowserSession.signIn(Tokens.OPERATOR, Tokens.PASSWORD);
        given().cookies(session).get("/session").then().statusCode(200).body("username", equalTo(Tokens.OPERATOR));
        given().cookies(session).get("/api/v1/counters").then().statusCode(401).contentType("application/problem+json");
        given().cookies(session).contentType(ContentType.JSON).body("{\"assignee\": \"w-2\", \"reason\": \"forged\"}")
                .post("/api/v1/appeals/" + UUID.randomUUID() + "/reassign").then().statusCode(401);
        // Without a content type it is refused before anyone asks who is calling; either way nothing is done.
        given().cookies(session).body("{}").post("/api/v1/appeals/" + UUID.randomUUID() + "/reassign").then()
                .statusCode(anyOf(is(401), is(415)));
        assertEquals(0, StubDispatch.requests().size(), "nothing done by cookie reached dispatch");
    }

    /**
     * The page speaks the browser's language (the district's when it asks for none we speak), until the operator
     * switches: the switch is remembered. The refusal page follows the same rule.
     */
    @Test
    void thePageIsInTheBrowsersLanguageUntilTheOperatorSwitches() {
        Map<String, String> session = BrowserSession.signIn(Tokens.OPERATOR, Tokens.PASSWORD);
        given().cookies(session).accept(ContentType.HTML).get("/").then().statusCode(200)
                .header("Content-Language", "zh-CN")
                .body(containsString("<html lang=\"zh-CN\">"), containsString("<title>GridLoop 指挥中心</title>"),
                        containsString(">已超期<"), containsString("<option value=\"ELEVATOR_FAULT\">电梯故障</option>"),
                        containsString("data-search-nothing=\"没有找到“$1”"), containsString(">电梯</option>"));
        given().cookies(session).accept(ContentType.HTML).header("Accept-Language", "en-GB,en;q=0.8").get("/").then()
                .statusCode(200).header("Content-Language", "en")
                .body(containsString("<title>GridLoop command centre</title>"), containsString(">overdue<"),
                        containsString("<option value=\"ELEVATOR_FAULT\">Elevator fault</option>"));

        io.restassured.response.Response switched = given().cookies(session).accept(ContentType.HTML)
                .get("/?lang=en");
        switched.then().statusCode(200).header("Content-Language", "en");
        String remembered = switched.getCookie("gridloop-lang");
        assertEquals("en", remembered);
        given().cookies(session).cookie("gridloop-lang", remembered).accept(ContentType.HTML)
                .header("Accept-Language", "zh-CN").get("/").then().statusCode(200)
                .header("Content-Language", "en").body(containsString("<html lang=\"en\">"));

        Map<String, String> worker = BrowserSession.signIn("w-hualong-g1-1", Tokens.PASSWORD);
        given().cookies(worker).accept(ContentType.HTML).get("/").then().statusCode(403)
                .body(containsString("指挥中心仅供街道指挥员使用"), containsString("w-hualong-g1-1"));
        given().cookies(worker).get("/session").then().statusCode(403).body("title", equalTo("无权访问"));
    }

    /** Every word the page's script says is on the page, in both languages. */
    @Test
    void everyWordTheScriptSaysIsOnThePage() throws Exception {
        String script = new String(getClass().getClassLoader()
                .getResourceAsStream("META-INF/resources/app/command-centre.js").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.Set<String> said = new java.util.TreeSet<>();
        java.util.regex.Matcher calls = java.util.regex.Pattern.compile("say\\('([a-zA-Z]+)'").matcher(script);
        while (calls.find()) {
            said.add(calls.group(1));
        }
        for (String status : List.of("Submitted", "Assigned", "Accepted", "Escalated", "Resolved", "Reopened",
                "Closed", "Rejected", "Withdrawn")) {
            said.add("status" + status);
        }
        assertTrue(said.size() > 20, "the script's words: " + said);
        Map<String, String> session = BrowserSession.signIn(Tokens.OPERATOR, Tokens.PASSWORD);
        for (String language : List.of("zh-CN", "en")) {
            String page = given().cookies(session).accept(ContentType.HTML).get("/?lang=" + language).then()
                    .statusCode(200).extract().asString();
            for (String word : said) {
                String attribute = "data-" + word.replaceAll("([A-Z])", "-$1").toLowerCase() + "=\"";
                assertTrue(page.contains(attribute), language + ": the page lacks " + attribute);
            }
        }
    }

    /** Signing out is a POST, and it ends the session here: a copy of the cookie kept from before signs in no more. */
    @Test
    void signingOutEndsTheSessionForEveryCopyOfTheCookie() {
        Map<String, String> session = BrowserSession.signIn(Tokens.OPERATOR, Tokens.PASSWORD);
        given().cookies(session).redirects().follow(false).get("/logout").then().statusCode(405).header("Allow", "POST");
        given().cookies(session).get("/session").then().statusCode(200);

        String endSession = given().cookies(session).redirects().follow(false).post("/logout").then().statusCode(302)
                .extract().header("Location");
        assertTrue(endSession.startsWith(issuer), "on to the provider's end-session page: " + endSession);
        given().cookies(session).redirects().follow(false).get("/session").then().statusCode(401);
        given().cookies(session).redirects().follow(false).accept(ContentType.HTML).get("/").then().statusCode(401);
        given().cookies(session).get("/api/v1/counters").then().statusCode(401);
    }

    /** The sign-in's redirect_uri never names the host a request claimed: it is sent to the page's own address. */
    @Test
    void aForgedHostHeaderIsSentToThePagesOwnAddress() {
        for (String path : new String[] {"/", "/session"}) {
            String location = given().header("Host", "evil.example").redirects().follow(false).accept(ContentType.HTML)
                    .get(path).then().statusCode(302).extract().header("Location");
            assertTrue(location.startsWith("http://localhost:") && !location.contains("evil.example"), location);
        }
        String authorize = given().redirects().follow(false).accept(ContentType.HTML).get("/").then().statusCode(302)
                .extract().header("Location");
        assertTrue(java.net.URLDecoder.decode(authorize, java.nio.charset.StandardCharsets.UTF_8)
                .contains("redirect_uri=http://localhost:"), authorize);
    }

    /** Every kind of answer says nosniff and keeps its URL out of Referer; the pages are never framed nor kept. */
    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        Map<String, String> worker = BrowserSession.signIn("w-hualong-g1-1", Tokens.PASSWORD);
        Map<String, String> operator = BrowserSession.signIn(Tokens.OPERATOR, Tokens.PASSWORD);
        List<io.restassured.response.Response> answers = List.of(
                given().cookies(operator).accept(ContentType.HTML).get("/"),
                given().cookies(worker).accept(ContentType.HTML).get("/"),
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/counters"),
                given().get("/api/v1/counters"),
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + UUID.randomUUID()),
                given().get("/app/command-centre.js"));
        assertEquals(List.of(200, 403, 200, 401, 404, 200), answers.stream().map(a -> a.statusCode()).toList());
        for (var answer : answers) {
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.statusCode() + " " + answer.contentType());
            assertEquals("no-referrer", answer.header("Referrer-Policy"), answer.statusCode() + " " + answer.contentType());
        }
        for (var page : answers.subList(0, 2)) {
            String policy = page.header("Content-Security-Policy");
            assertTrue(policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"), policy);
            assertTrue(page.header("Cache-Control").contains("no-store"), page.header("Cache-Control"));
        }
    }

    /** An ID token is not an access token, though the same provider signed it for the same client. */
    @Test
    void anIdTokenIsRefusedWhereAnAccessTokenIsAsked() {
        String idToken = GridLoopTestInfrastructure.current().oidc().idTokenFor(Tokens.OPERATOR);
        given().auth().oauth2(idToken).get("/api/v1/counters").then().statusCode(401);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/counters").then().statusCode(200);
    }
}
