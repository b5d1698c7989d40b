package gridloop.localstack.oidc;

import gridloop.localstack.oidc.RealmUsers.SampleUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * The local OpenID Connect provider of {@code ./gridloop} and the tests: NAV's mock-oauth2-server (discovery,
 * JWKS, token endpoint with the password and authorization-code + PKCE grants, a sign-in page with a password:
 * {@link SampleUserLoginPage}), serving the realm's users and client at Keycloak's URL layout,
 * {@code http://localhost:<port>/realms/gridloop}, and refusing what Keycloak would refuse
 * ({@link HonestProviderGuard}). Its keys live in memory and change at each start, and its users are the realm
 * export's: a street that runs GridLoop for real runs Keycloak with its own realm, and switching is a change of
 * issuer URL (docs/security.md).
 */
public final class LocalOidcProvider {

    public static final String REALM_PATH = "realms/gridloop";
    public static final String CLIENT_ID = "gridloop-app";
    /** Keycloak's default access-token lifespan in the realm export: 15 minutes. */
    public static final long TOKEN_SECONDS = 900;

    private final int port;
    private final RealmUsers users;
    private final MockOAuth2Server server;

    public LocalOidcProvider(int port) {
        this.port = port;
        this.users = RealmUsers.load();
        GuardedHttpServer http = new GuardedHttpServer();
        this.server = new MockOAuth2Server(new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(),
                Set.of(new RealmTokenCallback(REALM_PATH, CLIENT_ID, users, TOKEN_SECONDS)), http));
        http.guardWith(new HonestProviderGuard(REALM_PATH, RealmClient.parse(RealmUsers.realm(), CLIENT_ID), users,
                callback -> server.issueToken(REALM_PATH, CLIENT_ID, callback).serialize()));
    }

    public LocalOidcProvider start() {
        server.start(port);
        return this;
    }

    public void stop() {
        server.shutdown();
    }

    /** The issuer, as the services are configured with it ({@code quarkus.oidc.auth-server-url}). */
    public String issuer() {
        return "http://localhost:" + port + "/" + REALM_PATH;
    }

    public String tokenEndpoint() {
        return issuer() + "/token";
    }

    public RealmUsers users() {
        return users;
    }

    /** An access token for a sample user, through the token endpoint with the password grant. */
    public String passwordToken(String username, String password) {
        return PasswordGrant.accessToken(tokenEndpoint(), CLIENT_ID, username, password);
    }

    /**
     * A token signed by this provider's key for a sample user but with its own lifetime: a negative one gives an
     * expired token (tests of the 401 answers). Issued in-process, without the token endpoint.
     */
    public String tokenFor(String username, long expirySeconds) {
        SampleUser user = users.find(username).orElseThrow(() -> new IllegalArgumentException("no user " + username));
        return issue(REALM_PATH, user, expirySeconds);
    }

    /**
     * An ID token of a sample user, signed by this provider for the realm's client as the code flow gives one
     * ({@code typ: ID}): the services must refuse it where they take access tokens.
     */
    public String idTokenFor(String username) {
        SampleUser user = users.find(username).orElseThrow(() -> new IllegalArgumentException("no user " + username));
        Map<String, Object> claims = new LinkedHashMap<>(RealmTokenCallback.claimsOf(user));
        claims.put(RealmTokenCallback.TOKEN_TYPE, RealmTokenCallback.ID_TOKEN);
        claims.put("azp", CLIENT_ID);
        return server.issueToken(REALM_PATH, CLIENT_ID, new DefaultOAuth2TokenCallback(REALM_PATH, user.username(),
                "JWT", List.of(CLIENT_ID), claims, TOKEN_SECONDS)).serialize();
    }

    /** A token for a sample user from another issuer served by the same server (a foreign token). */
    public String tokenFromIssuer(String issuerPath, String username) {
        SampleUser user = users.find(username).orElseThrow(() -> new IllegalArgumentException("no user " + username));
        return issue(issuerPath, user, TOKEN_SECONDS);
    }

    private String issue(String issuerPath, SampleUser user, long expirySeconds) {
        Map<String, Object> claims = new LinkedHashMap<>(RealmTokenCallback.claimsOf(user));
        claims.put("azp", CLIENT_ID);
        return server.issueToken(issuerPath, CLIENT_ID, new DefaultOAuth2TokenCallback(issuerPath, user.username(),
                "JWT", List.of(CLIENT_ID), claims, expirySeconds)).serialize();
    }
}
