package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.localstack.ServiceProcess;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API documentation the packaged services serve (the prod profile, as deployed): every operation has a
 * summary and documents its problem+json client errors, every JSON request body has an example, and
 * Swagger UI is there.
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
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback)) {
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
                if (!op.path("responses").path("4XX").path("content").has("application/problem+json")) {
                    gaps.add(where + ": no problem+json 4XX response");
                }
                JsonNode body = op.path("requestBody").path("content").path("application/json");
                if (!body.isMissingNode() && !body.has("examples") && !body.has("example")) {
                    gaps.add(where + ": request body without an example");
                }
            }
            given().baseUri(service.url()).get("/q/swagger-ui/").then().statusCode(200);
        }
        assertFalse(operations < 20, "operations found: " + operations);
        assertEquals(List.of(), gaps);
    }
}
