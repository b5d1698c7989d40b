package gridloop.feedback.rating;

import gridloop.support.i18n.RequestLanguage;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The page the "please rate" link opens, in the reader's language: yes or no, 1 to 5, a comment. Its script takes the
 * appeal and the token from after the # and posts them to {@code /api/v1/appeals/{id}/rating-by-link}.
 */
@Path("/rate")
public class RatePageResource {

    private final Template page;
    private final RequestLanguage language;

    RatePageResource(@Location("rate/page.html") Template page, RequestLanguage language) {
        this.page = page;
        this.language = language;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "ratePage", summary = "The rating page the \"please rate\" link opens (HTML)")
    public Response page(@Context HttpHeaders headers) {
        Locale reader = language.of(headers);
        String html = page.instance().setLocale(reader).data("lang", reader.toLanguageTag())
                .data("stars", List.of(1, 2, 3, 4, 5)).render();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
                .header("Referrer-Policy", "no-referrer").build();
    }
}
