package gridloop.command.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The HTML of the page and of its refusal, from {@code page/} on the classpath (not public static files). */
@ApplicationScoped
public class OperatorPage {

    private final String operatorPage = read("page/index.html");
    private final String forbiddenPage = read("page/forbidden.html");

    String operatorPage() {
        return operatorPage;
    }

    String forbidden(String username, Set<String> roles) {
        return forbiddenPage.replace("{username}", escape(username))
                .replace("{roles}", escape(roles.isEmpty() ? "none" : String.join(", ", new TreeSet<>(roles))));
    }

    /**
     * Scripts, styles and data from this service only; images may also come from the configured tile server
     * (the base layer is otherwise the grid polygons themselves: no tile server is reachable in a government
     * network). No inline style: Leaflet positions its panes through the DOM, which a style policy does not govern.
     * Forms post here, and signing out goes on to the provider's end-session page.
     */
    String contentSecurityPolicy(Optional<String> tileUrl, String issuer) {
        String tiles = tileUrl.map(OperatorPage::origin).map(origin -> " " + origin).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + "; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self' " + origin(issuer);
    }

    /** {@code https://{s}.tiles.example/{z}/{x}/{y}.png} → {@code https://*.tiles.example}. */
    static String origin(String tileUrl) {
        int afterScheme = tileUrl.indexOf("://") + 3;
        String host = tileUrl.substring(afterScheme).split("/", 2)[0].replace("{s}", "*");
        return tileUrl.substring(0, afterScheme) + host;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
