package gridloop.support.security;

import gridloop.support.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json. A missing, malformed, expired or foreign token is 401 with a Bearer challenge
 * (never a 500); a valid token without the role is 403. Authentication runs lazily
 * ({@code quarkus.http.auth.proactive=false}) so that these failures reach the mappers.
 */
public class AccessProblemMappers {

    private static final String CHALLENGE = "Bearer realm=\"gridloop\"";

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized("The access token is missing, malformed, expired or not from this district's provider");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized("This call needs a bearer access token from the district's OpenID Connect provider");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.type("forbidden"),
                "Forbidden", 403, "Your role may not make this call", null, null)).build();
    }

    private static Response unauthorized(String detail) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .entity(new Problem(Problem.type("unauthorized"), "Unauthorized", 401, detail, null, null)).build();
    }
}
