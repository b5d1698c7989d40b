package gridloop.support.security;

import gridloop.support.i18n.RequestLanguage;
import gridloop.support.i18n.Text;
import gridloop.support.problem.Problem;
import gridloop.support.problem.ProblemMessages;
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

    private final RequestLanguage language;

    AccessProblemMappers(RequestLanguage language) {
        this.language = language;
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        ProblemMessages words = words(headers);
        return unauthorized(words, words.tokenRefused());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        ProblemMessages words = words(headers);
        return unauthorized(words, words.tokenNeeded());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        ProblemMessages words = words(headers);
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.type("forbidden"),
                words.forbidden(), 403, words.roleMayNot(), null, null)).build();
    }

    private ProblemMessages words(HttpHeaders headers) {
        return Text.bundle(ProblemMessages.class, language.of(headers));
    }

    private static Response unauthorized(ProblemMessages words, String detail) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .entity(new Problem(Problem.type("unauthorized"), words.unauthorized(), 401, detail, null, null))
                .build();
    }
}
