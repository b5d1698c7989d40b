package gridloop.command.action;

import gridloop.support.i18n.Text;
import gridloop.support.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Another service's answer relayed as it is: the REST client raises a 4xx or 5xx as an exception that carries it,
 * and the page gets its status and problem+json; 503 problem+json ({@code unavailable}) when the service does not
 * answer at all. An image (a photo from intake) is relayed byte for byte.
 */
final class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class);

    private Relay() {
    }

    static Uni<Response> answer(String service, Supplier<Uni<Response>> call, Text unavailable,
            Text unavailableDetail) {
        return call.get().onFailure(WebApplicationException.class)
                .recoverWithItem(refusal -> ((WebApplicationException) refusal).getResponse())
                .map(Relay::copy)
                .onFailure().transform(failure -> {
                    LOG.warnf("%s did not answer: %s", service, failure.toString());
                    return new ApiException(503, service + "-unavailable", unavailable, unavailableDetail, null, null);
                });
    }

    private static Response copy(Response answer) {
        boolean image = answer.getMediaType() != null && answer.getMediaType().getType().equals("image");
        Object body = !answer.hasEntity() ? null : image ? answer.readEntity(byte[].class) : answer.readEntity(String.class);
        Response.ResponseBuilder copy = Response.status(answer.getStatus());
        if (image) {
            copy.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, max-age=300");
        }
        if (answer.getMediaType() != null) {
            copy.type(answer.getMediaType());
        }
        return copy.entity(body).build();
    }
}
