package gridloop.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * States the documents' terms of use. The repository has no open-source licence, so the APIs are proprietary: an
 * SPDX {@code LicenseRef-} identifier says so (OpenAPI 3.1 wants a URL or an identifier with the name; Quarkus's
 * settings offer only the URL).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class LicenseFilter implements OASFilter {

    static final String NAME = "Proprietary: for the district's own use";
    static final String IDENTIFIER = "LicenseRef-GridLoop-Proprietary";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        if (openAPI.getInfo().getLicense() == null) {
            openAPI.getInfo().setLicense(OASFactory.createLicense().name(NAME).identifier(IDENTIFIER));
        }
    }
}
