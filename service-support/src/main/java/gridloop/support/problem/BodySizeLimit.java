package gridloop.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.support.i18n.RequestLanguage;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code gridloop.http.max-body-size} (64 KiB) with a 413 problem+json, before anything
 * is read or parsed. A declared Content-Length is checked here, on a route that runs before Quarkus's own hard
 * limit ({@code quarkus.http.limits.max-body-size}, which would answer an empty 413); a body sent without one
 * (chunked) is counted as it is read, by {@link ChunkedBodyLimit}.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final ObjectMapper json;
    private final RequestLanguage language;

    BodySizeLimit(@ConfigProperty(name = "gridloop.http.max-body-size", defaultValue = "64K") MemorySize maxBytes,
            ObjectMapper json, RequestLanguage language) {
        this.maxBytes = maxBytes.asLongValue();
        this.json = json;
        this.language = language;
    }

    long maxBytes() {
        return maxBytes;
    }

    ApiException tooLarge() {
        return ApiException.payloadTooLarge(maxBytes);
    }

    void checkDeclaredLengths(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseDeclaredOversize);
    }

    private void refuseDeclaredOversize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !over(length)) {
            context.next();
            return;
        }
        try {
            // The rest of the body is not read, so the connection cannot be reused.
            Locale locale = language.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                    .end(json.writeValueAsString(tooLarge().toProblem(locale)));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private boolean over(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
