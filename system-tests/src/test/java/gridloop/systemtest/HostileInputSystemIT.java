package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.localstack.ServiceProcess;
import gridloop.systemtest.HostileRequests.Hostile;
import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of malformed and hostile requests, generated from the three served OpenAPI documents
 * ({@link HostileRequests}), each sent by a caller the operation allows: not one answer is a 5xx, every refusal
 * is a 4xx problem+json, and afterwards the services are ready and the appeals made before are as they were.
 */
class HostileInputSystemIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void noHostileRequestGetsA5xxAndEveryRefusalIsAProblem() throws Exception {
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            earlier.add(given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                    .contentType(ContentType.JSON).body("""
                            {"category": "NOISE", "description": "Music after midnight, night %d",
                             "location": {"latitude": 29.597, "longitude": 106.223}}""".formatted(i))
                    .post("/api/v1/appeals").then().statusCode(202).extract().path("id"));
        }
        system.awaitQuiet();
        Map<String, String> before = views(earlier);

        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback)) {
            for (Hostile request : HostileRequests.of(ServedOpenApi.of(service).operations())) {
                HttpResponse<String> answer = send(service, request);
                sent++;
                String type = answer.headers().firstValue("Content-Type").orElse("");
                boolean refused = answer.statusCode() >= 400 && answer.statusCode() < 500
                        && type.startsWith("application/problem+json");
                boolean accepted = answer.statusCode() >= 200 && answer.statusCode() < 300;
                if (!(refused || request.mayBeAccepted() && accepted)) {
                    wrong.add(service.name() + " " + request.operation() + " with " + request.what() + ": "
                            + answer.statusCode() + " " + type + " " + abbreviated(answer.body()));
                }
            }
        }
        assertTrue(sent >= 300, "requests sent: " + sent);
        assertEquals(List.of(), wrong, wrong.size() + " of " + sent + " answers were not as they must be");

        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback)) {
            given().baseUri(service.managementUrl()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
        system.awaitQuiet();
        assertEquals(before, views(earlier), "the appeals made before are as they were");
    }

    private static HttpResponse<String> send(ServiceProcess service, Hostile request) throws Exception {
        String path = request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(service.url() + path))
                .timeout(Duration.ofSeconds(30));
        String user = callerOf(request.operation());
        if (user != null) {
            builder.header("Authorization", "Bearer " + system.token(user));
        }
        byte[] body = request.body() == null ? null : request.body().getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json");
            builder.method(request.method(), request.chunked()
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                    : HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A user the operation allows (an operator where one may), or none for a public one. */
    private static String callerOf(String operation) {
        if (AccessRules.isPublic(operation)) {
            return null;
        }
        for (String role : List.of(AccessRules.OPERATOR, AccessRules.RESIDENT, AccessRules.HOTLINE,
                AccessRules.WORKER, AccessRules.DEPARTMENT)) {
            if (AccessRules.allows(operation, role)) {
                return AccessRules.USER_OF_ROLE.get(role);
            }
        }
        return AccessRules.USER_OF_ROLE.get(AccessRules.OPERATOR);
    }

    private static Map<String, String> views(List<String> ids) {
        Map<String, String> views = new LinkedHashMap<>();
        for (String id : ids) {
            views.put(id, given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                    .get("/api/v1/appeals/" + id).then().statusCode(200).extract().asString());
        }
        return views;
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
