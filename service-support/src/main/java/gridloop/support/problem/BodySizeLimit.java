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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code gridloop.http.max-body-size} (64 KiB; uploads {@link #maxBytesFor}) with a 413 problem+json, before anything
 * is read or parsed. A declared Content-Length is checked here, on a route that runs before Quarkus's own hard
 * limit ({@code quarkus.http.limits.max-body-size}, which would answer an empty 413); a body sent without one
 * (chunked) is counted as it is read, by {@link ChunkedBodyLimit}.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final Optional<String> uploadPath;
    private final long maxUploadBytes;
    private final ObjectMapper json;
    private final RequestLanguage language;

    BodySizeLimit(@ConfigProperty(name = "gridloop.http.max-body-size", defaultValue = "64K") MemorySize maxBytes,
            @ConfigProperty(name = "gridloop.http.upload-path") Optional<String> uploadPath,
            @ConfigProperty(name = "gridloop.http.max-upload-size", defaultValue = "10M") MemorySize maxUploadBytes,
            ObjectMapper json, RequestLanguage language) {
        this.maxBytes = maxBytes.asLongValue();
        this.uploadPath = uploadPath;
        this.maxUploadBytes = maxUploadBytes.asLongValue();
        this.json = json;
        this.language = language;
    }

    /**
     * The limit for a request path: {@code gridloop.http.max-upload-size} (10 MiB) on {@code gridloop.http.upload-path}
     * (intake's photos), {@code gridloop.http.max-body-size} everywhere else.
     */
    long maxBytesFor(String path) {
        return uploadPath.filter(upload -> path != null && path.equals(upload)).isPresent() ? maxUploadBytes : maxBytes;
    }

    ApiException tooLarge(String path) {
        return ApiException.payloadTooLarge(maxBytesFor(path));
    }

    void checkDeclaredLengths(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseDeclaredOversize);
    }

    private void refuseDeclaredOversize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String path = context.normalizedPath();
        if (length == null || !over(length, maxBytesFor(path))) {
            context.next();
            return;
        }
        try {
            // The rest of the body is not read, so the connection cannot be reused.
            Locale locale = language.of(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                    .end(json.writeValueAsString(tooLarge(path).toProblem(locale)));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static boolean over(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }
}
