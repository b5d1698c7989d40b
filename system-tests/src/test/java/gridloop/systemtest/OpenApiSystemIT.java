package gridloop.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gridloop.localstack.ServiceProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API documentation the packaged services serve (the prod profile, as deployed): every operation has a
 * summary and documents its problem+json client errors, every JSON request body has an example, each operation
 * names the roles that may call it, and the documents lint clean with Redocly's recommended rules. (Swagger UI
 * is off in production; its sign-in settings are checked by intake's SwaggerUiSignInTest.)
 */
class OpenApiSystemIT {

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void everyOperationIsDocumentedWithItsErrorsAndExamples() throws Exception {
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (ServiceProcess service : system.services()) {
            ServedOpenApi openApi = ServedOpenApi.of(service);
            assertTrue(openApi.document().path("components").path("schemas").has("Problem"),
                    service.name() + " Problem schema");
            for (var operation : openApi.operations().entrySet()) {
                String where = service.name() + " " + operation.getKey();
                JsonNode op = operation.getValue();
                operations++;
                if (op.path("summary").asText().isBlank()) {
                    gaps.add(where + ": no summary");
                }
                if (op.path("responses").has("4XX")) {
                    gaps.add(where + ": a catch-all 4XX instead of the statuses it answers");
                }
                op.path("responses").fields().forEachRemaining(answer -> {
                    if (answer.getKey().startsWith("4")
                            && !answer.getValue().path("content").has("application/problem+json")) {
                        gaps.add(where + ": " + answer.getKey() + " is not a problem+json answer");
                    }
                });
                if (operation.getKey().contains("{") && !op.path("responses").has("404")) {
                    gaps.add(where + ": no 404 for a path that names a resource");
                }
                JsonNode body = op.path("requestBody").path("content").path("application/json");
                if (!body.isMissingNode() && !body.has("examples") && !body.has("example")) {
                    gaps.add(where + ": request body without an example");
                }
            }
        }
        assertFalse(operations < 20, "operations found: " + operations);
        assertEquals(List.of(), gaps);
    }

    @Test
    void eachOperationDeclaresTheBearerSchemeAndTheRolesOfTheAccessRules() {
        List<String> mismatches = new ArrayList<>();
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback, system.registry)) {
            ServedOpenApi openApi = ServedOpenApi.of(service);
            JsonNode scheme = openApi.document().path("components").path("securitySchemes").path(SCHEME);
            assertEquals("openIdConnect", scheme.path("type").asText(), service.name());
            assertEquals(system.oidc.issuer() + "/.well-known/openid-configuration",
                    scheme.path("openIdConnectUrl").asText(), service.name());
            for (var operation : openApi.operations().entrySet()) {
                Set<String> expected = documentedRoles(AccessRules.WHO_MAY.get(operation.getKey()));
                Set<String> documented = documentedRoles(operation.getValue().path("security"));
                if (!documented.equals(expected)) {
                    mismatches.add(service.name() + " " + operation.getKey() + ": documents " + documented
                            + ", the rules say " + expected);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void theServedDocumentsLintCleanWithRedoclysRecommendedRules() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback, system.registry)) {
            documents.put(service.name(), ServedOpenApi.of(service).document());
        }
        assertEquals(List.of(), RedoclyLint.problems(documents), "Redocly CLI " + RedoclyLint.VERSION);

        // The same check on a document whose public operation lost its "security: []" fails, so the one above can.
        ObjectNode withoutSecurity = (ObjectNode) documents.get("intake").deepCopy();
        ((ObjectNode) withoutSecurity.path("paths").path("/api/v1/categories").path("get")).remove("security");
        assertEquals(List.of("intake-without-security: error security-defined at #/paths/~1api~1v1~1categories/get"),
                RedoclyLint.problems(Map.of("intake-without-security", withoutSecurity)).stream()
                        .map(problem -> problem.substring(0, problem.indexOf("/get: ") + 4)).toList());
    }

    private static final String SCHEME = "oidc";

    /** "public" for {@code security: []}, "signed in" for a requirement without roles, else the roles. */
    private static Set<String> documentedRoles(JsonNode security) {
        if (security.isArray() && security.isEmpty()) {
            return Set.of(AccessRules.PUBLIC);
        }
        Set<String> roles = new TreeSet<>();
        security.path(0).path(SCHEME).forEach(role -> roles.add(role.asText()));
        return roles.isEmpty() || roles.equals(AccessRules.ROLES) ? Set.of(AccessRules.ANY_ROLE) : roles;
    }

    private static Set<String> documentedRoles(Set<String> rule) {
        if (rule.contains(AccessRules.PUBLIC) || rule.contains(AccessRules.ANY_ROLE) || rule.equals(AccessRules.ROLES)) {
            return Set.of(rule.contains(AccessRules.PUBLIC) ? AccessRules.PUBLIC : AccessRules.ANY_ROLE);
        }
        return new TreeSet<>(rule);
    }
}
