package gridloop.command.page;

import gridloop.command.messages.PageMessages;
import gridloop.support.i18n.RequestLanguage;
import gridloop.support.i18n.Text;
import gridloop.support.problem.Problem;
import gridloop.support.security.Roles;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operators' page and its session. Both sit behind the {@code web} OIDC tenant: the authorization code flow
 * with PKCE, the tokens kept in an encrypted session cookie. Only {@code operator} may open the page; anyone else
 * signed in gets a 403 page. The page's script calls the API with the operator's access token from
 * {@code /session}, so the API itself stays bearer-only (401 problem+json without a token).
 */
@Path("/")
public class PageResource {

    /** The language the operator chose on the page; it outranks the browser's Accept-Language. */
    static final String LANGUAGE_COOKIE = "gridloop-lang";

    private final SecurityIdentity identity;
    private final OperatorPage page;
    private final RequestLanguage language;
    private final Optional<String> tileUrl;
    private final String issuer;

    PageResource(SecurityIdentity identity, OperatorPage page, RequestLanguage language,
            @ConfigProperty(name = "gridloop.command.map.tile-url") Optional<String> tileUrl,
            @ConfigProperty(name = "gridloop.oidc.issuer") String issuer) {
        this.identity = identity;
        this.page = page;
        this.language = language;
        this.tileUrl = tileUrl;
        this.issuer = issuer;
    }

    /** Who is signed in, their access token (for the API calls of the page), their roles (what the page offers) and its settings. */
    public record Session(String username, String name, String accessToken, String tileUrl,
            java.util.Set<String> roles) {
    }

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page(@QueryParam("lang") String chosen, @CookieParam(LANGUAGE_COOKIE) String remembered,
            @Context HttpHeaders headers) {
        // The switch on the page (?lang=) is remembered in a cookie; without either, the browser's languages decide.
        Locale reader = language.of(chosen != null ? chosen
                : remembered != null ? remembered : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        // The refusal is a page of its own too: the same policy, never framed, never kept.
        Response.ResponseBuilder answer = identity.hasRole(Roles.OPERATOR) ? Response.ok(page.operatorPage(reader))
                : Response.status(Response.Status.FORBIDDEN)
                        .entity(page.forbidden(username(), identity.getRoles(), reader));
        if (chosen != null) {
            answer.cookie(new NewCookie.Builder(LANGUAGE_COOKIE).value(reader.toLanguageTag()).path("/")
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build());
        }
        return answer.type(MediaType.TEXT_HTML_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, reader.toLanguageTag())
                .header("Content-Security-Policy", page.contentSecurityPolicy(tileUrl, issuer))
                .cacheControl(noStore()).build();
    }

    @GET
    @Path("session")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response session(@Context HttpHeaders headers) {
        if (!identity.hasRole(Roles.OPERATOR)) {
            PageMessages words = Text.bundle(PageMessages.class, language.of(headers));
            return Response.status(Response.Status.FORBIDDEN).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(Problem.type("forbidden"), words.sessionForbidden(), 403,
                            words.sessionForbiddenDetail(), null, null)).build();
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        Object name = identity.getPrincipal() instanceof JsonWebToken idToken ? idToken.getClaim("name") : null;
        return Response.ok(new Session(username(), name == null ? username() : name.toString(), token.getToken(),
                tileUrl.orElse(null), identity.getRoles())).cacheControl(noStore()).build();
    }

    private String username() {
        return identity.getPrincipal().getName();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
