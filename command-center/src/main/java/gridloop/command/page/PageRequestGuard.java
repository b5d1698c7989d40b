package gridloop.command.page;

import jakarta.enterprise.event.Observes;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two rules of the page's paths, before anything signs in:
 * <ul>
 * <li>they are served at the configured public address only: the code flow builds its {@code redirect_uri} from the
 * request's host, so a request that names another host is sent to the public address first, and no sign-in ever
 * names a host an attacker chose;</li>
 * <li>signing out is a POST (the page's form): a link or an image elsewhere cannot end an operator's session.</li>
 * </ul>
 */
@ApplicationScoped
public class PageRequestGuard {

    private final Optional<URI> publicUrl;

    PageRequestGuard(@ConfigProperty(name = "gridloop.command.public-url") Optional<URI> publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** First of all handlers, before the sign-in (service-support's body limit runs at the same order). */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::guard);
    }

    void guard(RoutingContext context) {
        if (!PageTenant.PAGE_PATHS.contains(context.normalizedPath())) {
            context.next();
            return;
        }
        URI expected = publicUrl.orElseGet(() -> URI.create("http://localhost:" + context.request().localAddress().port()));
        String host = context.request().getHeader("Host");
        if (host == null || !host.equalsIgnoreCase(expected.getRawAuthority())) {
            context.response().setStatusCode(302)
                    .putHeader("Location", expected.resolve(context.request().uri()).toString())
                    .putHeader("Cache-Control", "no-store").end();
            return;
        }
        if (context.normalizedPath().equals("/logout") && context.request().method() != HttpMethod.POST) {
            context.response().setStatusCode(405).putHeader("Allow", "POST").putHeader("Cache-Control", "no-store").end();
            return;
        }
        context.next();
    }
}
