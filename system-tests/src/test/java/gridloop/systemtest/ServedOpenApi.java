package gridloop.systemtest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.localstack.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The OpenAPI document a running service serves at {@code /q/openapi}, and its operations. */
record ServedOpenApi(JsonNode document) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ServedOpenApi of(ServiceProcess service) {
        try {
            return new ServedOpenApi(JSON.readTree(given().baseUri(service.managementUrl()).accept("application/json")
                    .get("/q/openapi").then().statusCode(200).extract().asString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A callable path for a path template: a real grid for {@code /grids/{id}}, else an id that names nothing (so a
     * write through it can change nothing).
     */
    static String concretePath(String template) {
        return template.replace("/grids/{id}", "/grids/hualong-g1")
                .replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
    }

    /** Every operation, by {@code METHOD path} as the document names it (e.g. {@code GET /api/v1/tasks/{appealId}}). */
    Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue())));
        return operations;
    }
}
