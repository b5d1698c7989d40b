package gridloop.support.problem;

import gridloop.support.i18n.RequestLanguage;
import gridloop.support.i18n.Text;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter holding the NUL character (sent as {@code %00}) with a 400 problem+json naming it:
 * PostgreSQL cannot compare or store it in text, so it would otherwise fail the query as a 500.
 */
public class NulInQueryFilter {

    private final RequestLanguage language;

    NulInQueryFilter(RequestLanguage language) {
        this.language = language;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseNulInQuery(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                String field = parameter.getKey().replace("\u0000", "\\u0000");
                ProblemMessages words = Text.bundle(ProblemMessages.class,
                        language.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
                String message = words.noNulCharacter();
                return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.type("validation"),
                        words.invalidRequest(), 400, words.invalidQueryParameter(field, message),
                        List.of(new Problem.Violation(field, message)), null)).build();
            }
        }
        return null;
    }
}
