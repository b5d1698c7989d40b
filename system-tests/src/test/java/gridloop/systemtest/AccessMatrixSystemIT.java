package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.localstack.ServiceProcess;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback)) {
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

    /** The bad tokens of the matrix, by name; null is no Authorization header at all. */
    private static Map<String, String> badTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("malformed token", "not-a-jwt");
        tokens.put("expired token", system.oidc.tokenFor("operator-1", -120));
        tokens.put("token of another issuer", system.oidc.tokenFromIssuer("realms/elsewhere", "operator-1"));
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

    private static void expect(List<String> wrong, String operation, String caller, Response answer, boolean asRuled) {
        if (!asRuled) {
            wrong.add(operation + " as " + caller + ": " + answer.statusCode() + " " + answer.contentType());
        }
    }
}
