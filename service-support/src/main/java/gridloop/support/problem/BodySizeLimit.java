package gridloop.support.problem;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over {@code gridloop.http.max-body-size} (64 KiB) with a 413 problem+json, before
 * anything is parsed. Vert.x's own, larger {@code quarkus.http.limits.max-body-size} stays as the hard
 * stop for bodies sent without a Content-Length.
 */
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "gridloop.http.max-body-size", defaultValue = "64K") MemorySize maxBytes) {
        this.maxBytes = maxBytes.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        try {
            if (Long.parseLong(length.trim()) <= maxBytes) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.type("payload-too-large"),
                "Payload Too Large", 413, "The body is larger than " + maxBytes + " bytes", null, null)).build();
    }
}
