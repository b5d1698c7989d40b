package gridloop.localstack.oidc;

import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ResourceOwnerPasswordCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import gridloop.localstack.oidc.RealmUsers.SampleUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.OAuth2Exception;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * What the local provider puts in a token: the claims Keycloak's realm gives the same user (roles in
 * {@code groups} and {@code realm_access.roles}, {@code worker_id}, {@code department}, names) for the
 * password grant, after checking the password; a wrong one is {@code invalid_grant}, as in Keycloak.
 */
final class RealmTokenCallback implements OAuth2TokenCallback {

    private final String issuerId;
    private final String clientId;
    private final RealmUsers users;
    private final long expirySeconds;

    RealmTokenCallback(String issuerId, String clientId, RealmUsers users, long expirySeconds) {
        this.issuerId = issuerId;
        this.clientId = clientId;
        this.users = users;
        this.expirySeconds = expirySeconds;
    }

    @Override
    public String issuerId() {
        return issuerId;
    }

    @Override
    public String subject(TokenRequest request) {
        AuthorizationGrant grant = request.getAuthorizationGrant();
        return grant instanceof ResourceOwnerPasswordCredentialsGrant password ? password.getUsername() : clientId;
    }

    @Override
    public String typeHeader(TokenRequest request) {
        return "JWT";
    }

    @Override
    public List<String> audience(TokenRequest request) {
        return List.of(clientId);
    }

    @Override
    public Map<String, Object> addClaims(TokenRequest request) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("azp", clientId);
        if (request.getAuthorizationGrant() instanceof ResourceOwnerPasswordCredentialsGrant password) {
            SampleUser user = users.signIn(password.getUsername(), password.getPassword().getValue())
                    .orElseThrow(() -> new OAuth2Exception(OAuth2Error.INVALID_GRANT, "Invalid user credentials"));
            claims.putAll(claimsOf(user));
        }
        return claims;
    }

    /** Keycloak's token-type claim: the services take {@code Bearer} (an access token) and refuse an ID token. */
    static final String TOKEN_TYPE = "typ";
    static final String ACCESS_TOKEN = "Bearer";
    static final String ID_TOKEN = "ID";

    static Map<String, Object> claimsOf(SampleUser user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(TOKEN_TYPE, ACCESS_TOKEN);
        claims.put("preferred_username", user.username());
        claims.put("name", user.name());
        claims.put("groups", user.roles());
        claims.put("realm_access", Map.of("roles", user.roles()));
        claims.putAll(user.attributes());
        return claims;
    }

    @Override
    public long tokenExpiry() {
        return expirySeconds;
    }
}
