package gridloop.support.openapi;

import io.quarkus.vertx.http.ManagementInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves Swagger UI's extra script ({@code quarkus.swagger-ui.scripts}) where Swagger UI is: on the management
 * interface when it has one (the local run), which does not serve the application's static resources. Without a
 * management interface (the tests) the same path is the static resource itself.
 */
@ApplicationScoped
public class SwaggerUiExtras {

    static final String PATH = "/swagger-ui-extra/authorization-code-only.js";

    void onManagementInterface(@Observes ManagementInterface management) {
        byte[] script = read();
        management.router().get(PATH).handler(context -> context.response()
                .putHeader("Content-Type", "text/javascript; charset=utf-8")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(io.vertx.core.buffer.Buffer.buffer(script)));
    }

    private static byte[] read() {
        try (InputStream in = SwaggerUiExtras.class.getResourceAsStream("/META-INF/resources" + PATH)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + PATH);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
