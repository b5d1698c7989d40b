package gridloop.localstack.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kotlin.jvm.functions.Function1;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/**
 * What makes mock-oauth2-server behave as an honest identity provider for the local run, which a small street may
 * run for real. Every request passes here first; the mock is only asked what Keycloak would also answer:
 * <ul>
 * <li>only this realm's issuer is served, and no debugger;</li>
 * <li>only the realm's client, with its registered redirect URIs, at the authorization, token and end-session
 * endpoints; no client-credentials grant for a public client;</li>
 * <li>the sign-in page checks the password, and the token's claims come from the realm, never from the form;</li>
 * <li>an ID token says it is one ({@code typ: ID}), so no service takes it for an access token.</li>
 * </ul>
 */
final class HonestProviderGuard {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> GRANTS = Set.of("authorization_code", "refresh_token", "password");
    private static final Set<String> REGISTERED_CLAIMS = Set.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");

    private final String realmPath;
    private final RealmClient client;
    private final RealmUsers users;
    /** Signs a token with the provider's own key (its serialized JWT). */
    private final Function<DefaultOAuth2TokenCallback, String> signer;

    HonestProviderGuard(String realmPath, RealmClient client, RealmUsers users,
            Function<DefaultOAuth2TokenCallback, String> signer) {
        this.realmPath = "/" + realmPath;
        this.client = client;
        this.users = users;
        this.signer = signer;
    }

    OAuth2HttpResponse handle(OAuth2HttpRequest request, Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> next) {
        String path = request.getUrl().encodedPath();
        if (!path.startsWith(realmPath + "/") || path.contains("/debugger")) {
            return text(404, "Not found");
        }
        return switch (path.substring(realmPath.length() + 1)) {
            case "authorize" -> authorize(request, next);
            case "token" -> token(request, next);
            case "endsession" -> endSession(request, next);
            default -> next.invoke(request);
        };
    }

    private OAuth2HttpResponse authorize(OAuth2HttpRequest request, Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> next) {
        if (!client.codeFlow() || !client.clientId().equals(request.getUrl().queryParameter("client_id"))
                || !client.allowsRedirect(request.getUrl().queryParameter("redirect_uri"))) {
            // As Keycloak: an error page, never a redirect to an address that is not registered.
            return text(400, "Invalid client or redirect URI");
        }
        Locale language = SampleUserLoginPage.language(request.getUrl().queryParameter("ui_locales"),
                request.getHeaders().get("Accept-Language"));
        String other = request.getUrl().newBuilder().setQueryParameter("ui_locales",
                SampleUserLoginPage.words(language).getString("otherLanguageTag")).build().toString();
        if (!"POST".equals(request.getMethod())) {
            return html(200, SampleUserLoginPage.html(users, false, language, other));
        }
        Map<String, String> form = request.getFormParameters().getMap();
        return users.signIn(form.get("username"), form.get("password"))
                .map(user -> next.invoke(withBody(request, "username=" + encode(user.username()) + "&claims="
                        + encode(json(RealmTokenCallback.claimsOf(user))))))
                .orElseGet(() -> html(401, SampleUserLoginPage.html(users, true, language, other)));
    }

    private OAuth2HttpResponse token(OAuth2HttpRequest request, Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> next) {
        Map<String, String> form = request.getFormParameters().getMap();
        if (!client.clientId().equals(clientIdOf(request, form))) {
            return error(401, "invalid_client", "Unknown client");
        }
        String grant = form.getOrDefault("grant_type", "");
        if (!GRANTS.contains(grant) || grant.equals("password") && !client.passwordGrant()) {
            return error(400, "unauthorized_client", "The client may not use the grant " + grant);
        }
        if (grant.equals("authorization_code") && !client.allowsRedirect(form.get("redirect_uri"))) {
            return error(400, "invalid_grant", "Incorrect redirect_uri");
        }
        OAuth2HttpResponse answer = next.invoke(request);
        return answer.getStatus() == 200 && answer.getBody() != null && answer.getBody().contains("\"id_token\"")
                ? idTokenSaysSo(answer) : answer;
    }

    private OAuth2HttpResponse endSession(OAuth2HttpRequest request, Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> next) {
        String target = request.getUrl().queryParameter("post_logout_redirect_uri");
        if (target != null && !client.allowsRedirect(target)) {
            return text(400, "Invalid redirect URI");
        }
        return next.invoke(request);
    }

    /** The mock signs ID and access tokens with the same claims; the ID token is signed again as {@code typ: ID}. */
    private OAuth2HttpResponse idTokenSaysSo(OAuth2HttpResponse answer) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(answer.getBody());
            JWTClaimsSet idToken = SignedJWT.parse(body.path("id_token").asText()).getJWTClaimsSet();
            Map<String, Object> claims = new LinkedHashMap<>(idToken.toJSONObject());
            REGISTERED_CLAIMS.forEach(claims::remove);
            claims.put(RealmTokenCallback.TOKEN_TYPE, RealmTokenCallback.ID_TOKEN);
            long lifetime = Math.max(1, (idToken.getExpirationTime().getTime() - System.currentTimeMillis()) / 1000);
            body.put("id_token", signer.apply(new DefaultOAuth2TokenCallback(realmPath.substring(1),
                    idToken.getSubject(), "JWT", idToken.getAudience(), claims, lifetime)));
            return new OAuth2HttpResponse(answer.getHeaders(), 200, JSON.writeValueAsString(body), null);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot re-sign the ID token", e);
        }
    }

    private static String clientIdOf(OAuth2HttpRequest request, Map<String, String> form) {
        String basic = request.getHeaders().get("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
            return URLDecoder.decode(decoded.substring(0, Math.max(0, decoded.indexOf(':'))), StandardCharsets.UTF_8);
        }
        return form.get("client_id");
    }

    private static OAuth2HttpRequest withBody(OAuth2HttpRequest request, String body) {
        return new OAuth2HttpRequest(request.getHeaders(), request.getMethod(), request.getOriginalUrl(), body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OAuth2HttpResponse html(int status, String page) {
        return new OAuth2HttpResponse(Headers.of("Content-Type", "text/html;charset=UTF-8", "Cache-Control", "no-store",
                "X-Frame-Options", "DENY", "Content-Security-Policy", "frame-ancestors 'none'"), status, page, null);
    }

    private static OAuth2HttpResponse text(int status, String message) {
        return new OAuth2HttpResponse(Headers.of("Content-Type", "text/plain;charset=UTF-8"), status, message, null);
    }

    private static OAuth2HttpResponse error(int status, String code, String description) {
        return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), status,
                json(Map.of("error", code, "error_description", description)), null);
    }
}
