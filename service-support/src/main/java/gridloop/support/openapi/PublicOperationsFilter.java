package gridloop.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Says in the OpenAPI documents that a public operation ({@code @PermitAll}) needs no token: {@code security: []}.
 * Quarkus documents the secured ones itself, with the roles they allow as the scopes of the requirement; without
 * this, a public operation would have no security at all, which reads as "undocumented", not as "open".
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class PublicOperationsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().stream()
                .filter(operation -> operation.getSecurity() == null)
                .forEach(operation -> operation.setSecurity(new ArrayList<>())));
    }
}
