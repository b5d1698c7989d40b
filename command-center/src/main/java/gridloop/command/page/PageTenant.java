package gridloop.command.page;

import io.quarkus.oidc.TenantResolver;
import io.quarkus.oidc.runtime.OidcUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Which sign-in a request gets, by its path alone: the operators' page and its session ({@link #PAGE_PATHS}) sign in
 * by the code flow on the {@code web} tenant, with the session cookie; everything else, the API above all, takes a
 * bearer token on the default tenant. Without this, Quarkus picks the {@code web} tenant for any request that carries
 * its session cookie, and the API would act on the cookie alone (a cross-site request forgery waiting to happen).
 */
@ApplicationScoped
public class PageTenant implements TenantResolver {

    public static final String WEB = "web";
    public static final Set<String> PAGE_PATHS = Set.of("/", "/session", "/logout");

    @Override
    public String resolve(RoutingContext context) {
        return PAGE_PATHS.contains(context.normalizedPath()) ? WEB : OidcUtils.DEFAULT_TENANT_ID;
    }
}
