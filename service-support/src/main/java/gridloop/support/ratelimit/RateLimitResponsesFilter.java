package gridloop.support.ratelimit;

import gridloop.support.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the 429 of every operation marked {@code @Extension(name = "x-rate-limited", value = "<route>")} (the
 * same route name as its {@link RateLimited}): a problem document, and Retry-After in seconds.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class RateLimitResponsesFilter implements OASFilter {

    public static final String EXTENSION = "x-rate-limited";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().stream()
                .filter(operation -> operation.getExtensions() != null
                        && operation.getExtensions().containsKey(EXTENSION))
                .forEach(RateLimitResponsesFilter::addTooManyRequests));
    }

    private static void addTooManyRequests(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().getAPIResponse("429") != null) {
            return;
        }
        operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                .description("This caller (the token's subject) has used up its limit for this write "
                        + "(gridloop.rate-limit.routes." + operation.getExtensions().get(EXTENSION)
                        + "); nothing was written. Try again after Retry-After seconds.")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds until a request is allowed")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).minimum(
                                java.math.BigDecimal.ONE)))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().allOf(List.of(
                                OASFactory.createSchema().ref("#/components/schemas/Problem"),
                                OASFactory.createSchema().addProperty("retryAfterSeconds", OASFactory.createSchema()
                                        .type(List.of(Schema.SchemaType.INTEGER))
                                        .description("The same as Retry-After")))))
                        .example(Map.of("type", Problem.type("too-many-requests"), "title", "Too Many Requests",
                                "status", 429, "detail", "At most 20 per 60 min for one caller here; try again in 170 s",
                                "retryAfterSeconds", 170)))));
    }
}
