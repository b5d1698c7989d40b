package gridloop.support.problem;

import gridloop.support.json.StrictJson;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter holding the NUL character (sent as {@code %00}) with a 400 problem+json naming it:
 * PostgreSQL cannot compare or store it in text, so it would otherwise fail the query as a 500.
 */
public class NulInQueryFilter {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNulInQuery(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                String field = parameter.getKey().replace("\u0000", "\\u0000");
                return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.type("validation"),
                        "Invalid request", 400, "Query parameter '" + field + "' " + StrictJson.NUL_MESSAGE,
                        List.of(new Problem.Violation(field, StrictJson.NUL_MESSAGE)), null)).build();
            }
        }
        return null;
    }
}
