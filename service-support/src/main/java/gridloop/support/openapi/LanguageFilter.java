package gridloop.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Says in the OpenAPI documents that every operation answers in the caller's language: an optional
 * {@code Accept-Language} header on each (one shared parameter, {@code #/components/parameters/AcceptLanguage}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class LanguageFilter implements OASFilter {

    public static final String HEADER = "Accept-Language";
    static final String NAME = "AcceptLanguage";
    /** The shared parameter every operation refers to. */
    public static final String REF = "#/components/parameters/" + NAME;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(NAME, OASFactory.createParameter().name(HEADER).in(Parameter.In.HEADER)
                .required(false)
                .description("The language of the answer's words (titles, details, names): zh-CN, the district's "
                        + "default, or en. Any other, or none, gets the default. The answer says Content-Language.")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema
                        .SchemaType.STRING).examples(List.of("zh-CN", "en"))));
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            boolean present = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> REF.equals(parameter.getRef()));
            if (!present) {
                operation.addParameter(OASFactory.createParameter().ref(REF));
            }
        }));
    }
}
