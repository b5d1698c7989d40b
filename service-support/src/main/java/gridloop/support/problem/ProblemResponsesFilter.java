package gridloop.support.problem;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the error contract once for every operation: any 4xx is an RFC 9457 problem document (with
 * {@code violations} for a validation error). Registered as {@code mp.openapi.filter}.
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
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                .forEach(ProblemResponsesFilter::addClientErrors));
    }

    private static void addClientErrors(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().getAPIResponse("4XX") != null) {
            return;
        }
        operation.getResponses().addAPIResponse("4XX", OASFactory.createAPIResponse()
                .description("A client mistake: invalid input (400, with violations), unknown id (404), a transition "
                        + "the appeal's state does not allow (409), a body too large (413), an Idempotency-Key "
                        + "reused with another body (422)")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(REF))
                        .example(Map.of("type", Problem.type("validation"), "title", "Invalid request",
                                "status", 400, "detail", "1 field is invalid",
                                "violations", List.of(Map.of("field", "description",
                                        "message", "size must be between 1 and 2000")))))));
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
