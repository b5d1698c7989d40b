package gridloop.support.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import gridloop.support.openapi.LanguageFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the error contract once for every operation: each refusal it can give, by status (never a catch-all
 * {@code 4XX}), as an RFC 9457 problem document (with {@code violations} for a validation error). Registered as
 * {@code mp.openapi.filter}; the system tests hold every answer to it (OpenApiConformance).
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> addClientErrors(path, method, operation)));
    }

    /**
     * The refusals an operation can give, read from its shape: 400 for anything with parameters or a body (invalid or
     * malformed input), 404 for a path that names a resource, 409 for a change to one (a transition its state does
     * not allow), 413 and 415 for a body (too large, not JSON), 422 for an Idempotency-Key (reused with another
     * body), 412 and 428 for an If-Match (a stale version, or none), and 406 for any (an Accept header it cannot answer). 401, 403 and 429 are documented by Quarkus and the
     * rate-limit filter. Each is an RFC 9457 problem.
     */
    private static void addClientErrors(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        boolean names = path.contains("{");
        boolean body = operation.getRequestBody() != null;
        // The language header (LanguageFilter) is no input that can be invalid.
        boolean parameters = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> !LanguageFilter.REF.equals(parameter.getRef()));
        boolean idempotent = parameters && operation.getParameters().stream()
                .anyMatch(parameter -> "Idempotency-Key".equalsIgnoreCase(parameter.getName()));
        boolean conditional = parameters && operation.getParameters().stream()
                .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
        Map<String, String> refusals = new LinkedHashMap<>();
        if (parameters || body) {
            refusals.put("400", "Invalid input: a field or parameter breaks a rule (with violations), or the body is "
                    + "not the JSON this operation takes");
        }
        if (names) {
            refusals.put("404", "No such resource, or not one the caller may see (existence does not leak)");
        }
        if (names && method != PathItem.HttpMethod.GET) {
            refusals.put("409", "The resource's state does not allow this now");
        }
        if (body) {
            refusals.put("413", "The body is larger than this service takes");
            refusals.put("415", "The body is not application/json");
        }
        if (idempotent) {
            refusals.put("422", "The Idempotency-Key was used before with another body");
        }
        if (conditional) {
            refusals.put("412", "The record changed since the version (ETag) that If-Match names");
            refusals.put("428", "A change of a versioned record needs If-Match");
        }
        refusals.put("406", "The client accepts none of the media types this operation answers with");
        refusals.forEach((status, description) -> {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        // Every refusal, these and those Quarkus documents itself (400 for a validated parameter, 401, 403), is a
        // problem document.
        operation.getResponses().getAPIResponses().forEach((status, answer) -> {
            if (status.startsWith("4") && answer.getContent() == null && answer.getRef() == null) {
                answer.setContent(problem(Integer.parseInt(status)));
            }
        });
    }

    private static Content problem(int status) {
        Map<String, Object> example = new LinkedHashMap<>(Map.of("type", Problem.type(status == 400 ? "validation"
                : "refused"), "title", status == 400 ? "Invalid request" : "Refused", "status", status));
        if (status == 400) {
            example.put("detail", "1 field is invalid");
            example.put("violations", List.of(Map.of("field", "description", "message", "size must be between 1 and 2000")));
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(REF)).example(example));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Stable id of the kind of problem, e.g. urn:gridloop:problem:validation"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", text)
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(violation))
                .required(List.of("type", "title", "status"));
    }
}
