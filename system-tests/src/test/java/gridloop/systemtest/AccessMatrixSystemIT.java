package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.localstack.ServiceProcess;
import gridloop.testkit.Tokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@code /api/v1} operation of the three services, read from their OpenAPI documents, against every kind
 * of caller: no token, a malformed, expired, foreign or forged one, and a token of each role. The expected
 * answer of each cell is the rule of security.md ({@link AccessRules}): 401 problem+json for any bad token on a
 * secured call, 403 for a role the rule leaves out, neither for a role it lets in. Path ids are random, bodies
 * empty: no cell may write anything, and the test checks that nothing was.
 */
class AccessMatrixSystemIT {

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void everyOperationAnswersEveryKindOfCallerAsTheAccessContractSays() throws Exception {
        Map<String, Long> before = SystemFingerprint.awaitQuiet(system);
        Map<String, String> badTokens = badTokens();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback, system.registry)) {
            for (String operation : ServedOpenApi.of(service).operations().keySet()) {
                if (!operation.contains(" /api/v1")) {
                    continue;
                }
                assertTrue(AccessRules.WHO_MAY.containsKey(operation),
                        operation + " of " + service.name() + " has no rule in AccessRules (security.md)");
                for (var bad : badTokens.entrySet()) {
                    Response answer = call(service, operation, bad.getValue());
                    cells++;
                    if (AccessRules.isPublic(operation)) {
                        expect(wrong, operation, bad.getKey(), answer, answer.statusCode() != 401 && answer.statusCode() < 500);
                    } else {
                        expect(wrong, operation, bad.getKey(), answer, answer.statusCode() == 401
                                && answer.contentType().startsWith("application/problem+json")
                                && answer.header("WWW-Authenticate") != null);
                    }
                }
                for (String role : AccessRules.ROLES) {
                    Response answer = call(service, operation, system.token(AccessRules.USER_OF_ROLE.get(role)));
                    cells++;
                    int status = answer.statusCode();
                    if (AccessRules.allows(operation, role)) {
                        expect(wrong, operation, role, answer, status != 401 && status != 403 && status < 500);
                    } else {
                        expect(wrong, operation, role, answer, status == 403
                                && answer.contentType().startsWith("application/problem+json"));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cells + " cells broke the access contract:\n"
                + String.join("\n", wrong));
        assertTrue(cells >= 22 * 10, "cells checked: " + cells);
        assertEquals(before, SystemFingerprint.awaitQuiet(system), "a refused or failed call wrote something");
    }

    /**
     * "Me too" by a resident who may not read the appeal: the answer holds the support count and whether they are
     * counted, and nothing of the appeal; the possible duplicates that led there show what a "me too" needs and no
     * more; an appeal that is no longer open answers as an unknown one does.
     */
    @Test
    void aStrangersMeTooSeesTheCountAndNothingOfTheAppeal() {
        String description = "Broken swing in the courtyard, seat hanging by one chain " + UUID.randomUUID();
        String first = submit(Tokens.RESIDENT, description).then().statusCode(202).extract().path("id");
        Response second = submit(Tokens.OTHER_RESIDENT, "The swing again");
        List<Map<String, Object>> duplicates = second.then().statusCode(202).extract().path("possibleDuplicates");
        Map<String, Object> shown = duplicates.stream().filter(d -> first.equals(d.get("id"))).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("id", "reference", "category", "status", "distanceMeters", "supporters"), shown.keySet());

        String stranger = system.token(Tokens.OTHER_RESIDENT);
        Response support = given().baseUri(system.intake.url()).auth().oauth2(stranger)
                .post("/api/v1/appeals/" + first + "/supporters");
        support.then().statusCode(200);
        assertEquals(Map.of("appealId", first, "supporters", 1, "counted", true), support.jsonPath().getMap(""));
        assertTrue(!support.asString().contains("Broken swing"), support.asString());
        given().baseUri(system.intake.url()).auth().oauth2(stranger).get("/api/v1/appeals/" + first).then().statusCode(404);

        given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                .post("/api/v1/appeals/" + first + "/withdraw").then().statusCode(200);
        Response closed = given().baseUri(system.intake.url()).auth().oauth2(stranger).post("/api/v1/appeals/" + first + "/supporters");
        UUID unknownId = UUID.randomUUID();
        Response unknown = given().baseUri(system.intake.url()).auth().oauth2(stranger).post("/api/v1/appeals/" + unknownId + "/supporters");
        assertEquals(List.of(404, 404), List.of(closed.statusCode(), unknown.statusCode()));
        assertEquals(unknown.jsonPath().getString("title"), closed.jsonPath().getString("title"));
        assertEquals(unknown.jsonPath().getString("detail").replace(unknownId.toString(), first),
                closed.jsonPath().getString("detail"), "a withdrawn appeal answers a stranger as an unknown one");
    }

    private static Response submit(String user, String description) {
        return given().baseUri(system.intake.url()).auth().oauth2(system.token(user)).contentType("application/json")
                .body("""
                        {"category": "FACILITY_DAMAGE", "description": "%s",
                         "location": {"latitude": 29.5921, "longitude": 106.2188, "address": "Courtyard 3"},
                         "reporter": {"name": "Someone", "phone": "13900000000"}}
                        """.formatted(description)).post("/api/v1/appeals");
    }

    /** The bad tokens of the matrix, by name; null is no Authorization header at all. */
    private static Map<String, String> badTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("malformed token", "not-a-jwt");
        tokens.put("expired token", system.oidc.tokenFor("operator-1", -120));
        tokens.put("token of another issuer", system.oidc.tokenFromIssuer("realms/elsewhere", "operator-1"));
        tokens.put("ID token", system.oidc.idTokenFor("operator-1"));
        String valid = system.token("operator-1");
        int middle = valid.lastIndexOf('.') + 20;
        char flipped = valid.charAt(middle) == 'A' ? 'B' : 'A';
        tokens.put("forged signature", valid.substring(0, middle) + flipped + valid.substring(middle + 1));
        return tokens;
    }

    private static Response call(ServiceProcess service, String operation, String token) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = ServedOpenApi.concretePath(operation.substring(operation.indexOf(' ') + 1));
        RequestSpecification request = given().baseUri(service.url());
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("POST") || method.equals("PUT")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(method, path);
    }

    /** Also holds every answer, whatever its status, to the headers every answer carries. */
    private static void expect(List<String> wrong, String operation, String caller, Response answer, boolean asRuled) {
        if (!asRuled) {
            wrong.add(operation + " as " + caller + ": " + answer.statusCode() + " " + answer.contentType());
        }
        if (!"nosniff".equals(answer.header("X-Content-Type-Options")) || !"no-referrer".equals(answer.header("Referrer-Policy"))) {
            wrong.add(operation + " as " + caller + ": " + answer.statusCode() + " without nosniff and no-referrer");
        }
    }
}
