package gridloop.command.page;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the page's sign-in keeps an operator's tokens: a row of this service's database ({@code operator_session}),
 * not the cookie. The session cookie carries only the row's random id, so signing out (which deletes the row) ends
 * the session everywhere, whatever copies of the cookie are left; a stolen cookie dies with the sign-out too.
 * Quarkus's own database-backed manager is not served by the registry this project builds from; this is its SPI.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SessionTokens implements TokenStateManager {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OperatorSessionStatements sessions;
    private final Duration lifetime;

    SessionTokens(OperatorSessionStatements sessions, @ConfigProperty(name = "gridloop.command.session-lifetime", defaultValue = "PT12H")
            Duration lifetime) {
        this.sessions = sessions;
        this.lifetime = lifetime;
    }

    @Override
    public Uni<String> createTokenState(RoutingContext context, OidcTenantConfig config, AuthorizationCodeTokens tokens,
            OidcRequestContext<String> request) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return sessions.store(id, tokens, now, now.plus(lifetime))
                .replaceWith(id);
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext context, OidcTenantConfig config, String id,
            OidcRequestContext<AuthorizationCodeTokens> request) {
        return sessions.find(id, OffsetDateTime.now(ZoneOffset.UTC))
                // Signed out, or over: the cookie names no session, and the browser signs in afresh.
                .map(found -> found.orElseThrow(
                        () -> new AuthenticationFailedException("No operator session for this cookie")));
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext context, OidcTenantConfig config, String id,
            OidcRequestContext<Void> request) {
        return sessions.delete(id);
    }
}
