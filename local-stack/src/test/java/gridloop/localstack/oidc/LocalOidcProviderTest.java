package gridloop.localstack.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.localstack.FreePorts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local provider speaks the protocol the services and the command-centre page rely on. */
class LocalOidcProviderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private static LocalOidcProvider provider;

    @BeforeAll
    static void start() {
        provider = new LocalOidcProvider(FreePorts.pick()).start();
    }

    @AfterAll
    static void stop() {
        provider.stop();
    }

    @Test
    void discoveryNamesTheIssuerJwksAndTokenEndpointAtKeycloaksLayout() throws Exception {
        JsonNode discovery = JSON.readTree(get(provider.issuer() + "/.well-known/openid-configuration").body());
        assertEquals(provider.issuer(), discovery.path("issuer").asText());
        assertTrue(provider.issuer().endsWith("/realms/gridloop"));
        assertEquals(provider.tokenEndpoint(), discovery.path("token_endpoint").asText());
        JsonNode keys = JSON.readTree(get(discovery.path("jwks_uri").asText()).body()).path("keys");
        assertEquals("RSA", keys.get(0).path("kty").asText());
    }

    @Test
    void thePasswordGrantGivesTheRealmsRolesAndClaims() throws Exception {
        JsonNode worker = claims(provider.passwordToken("w-hualong-g1-1", "gridloop"));
        assertEquals("w-hualong-g1-1", worker.path("sub").asText());
        assertEquals(provider.issuer(), worker.path("iss").asText());
        assertEquals("gridloop-app", worker.path("aud").isArray() ? worker.path("aud").get(0).asText() : worker.path("aud").asText());
        assertEquals(List.of("grid-worker"), JSON.convertValue(worker.path("groups"), List.class));
        assertEquals(List.of("grid-worker"), JSON.convertValue(worker.path("realm_access").path("roles"), List.class));
        assertEquals("w-hualong-g1-1", worker.path("worker_id").asText());

        JsonNode housing = claims(provider.passwordToken("housing-1", "gridloop"));
        assertEquals("HOUSING", housing.path("department").asText());
        assertTrue(housing.path("worker_id").isMissingNode());
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsInvalidGrant() throws Exception {
        for (String form : List.of("username=resident-chen&password=wrong", "username=nobody&password=gridloop")) {
            HttpResponse<String> answer = post(provider.tokenEndpoint(),
                    "grant_type=password&client_id=gridloop-app&" + form);
            assertEquals(400, answer.statusCode(), answer.body());
            assertEquals("invalid_grant", JSON.readTree(answer.body()).path("error").asText());
        }
    }

    @Test
    void theAuthorizationCodeGrantChecksThePkceVerifier() throws Exception {
        String verifier = "a-verifier-of-at-least-forty-three-characters-0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://localhost:9999/callback";
        String authorize = provider.issuer() + "/authorize?response_type=code&client_id=gridloop-app&scope=openid"
                + "&state=s1&nonce=n1&code_challenge_method=S256&code_challenge=" + challenge + "&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8);
        String page = get(authorize).body();
        assertTrue(page.contains("<option value=\"operator-1\">"), "the sign-in page offers the sample users");
        // What the page's script sends for the chosen user: the realm's claims of that user.
        String pageClaims = page.substring(page.indexOf("const claims = ") + "const claims = ".length());
        JsonNode operatorClaims = JSON.readTree(pageClaims.substring(0, pageClaims.indexOf(";\n"))).path("operator-1");
        HttpResponse<String> login = post(authorize, "username=operator-1&claims="
                + URLEncoder.encode(operatorClaims.toString(), StandardCharsets.UTF_8));
        String location = login.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(redirect + "?code="), location);
        String code = location.substring(location.indexOf("code=") + 5).split("&")[0];

        String exchange = "grant_type=authorization_code&client_id=gridloop-app&code=" + code + "&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&code_verifier=";
        HttpResponse<String> wrong = post(provider.tokenEndpoint(), exchange + "another-verifier-another-verifier-another-verifier");
        assertEquals(400, wrong.statusCode(), wrong.body());
        HttpResponse<String> right = post(provider.tokenEndpoint(), exchange + verifier);
        assertEquals(200, right.statusCode(), right.body());
        JsonNode token = claims(JSON.readTree(right.body()).path("access_token").textValue());
        assertEquals("operator-1", token.path("sub").asText());
        assertEquals("operator-1", token.path("preferred_username").asText());
        assertEquals(List.of("operator"), List.of(JSON.treeToValue(token.path("groups"), String[].class)));
        assertEquals("gridloop-app", token.path("aud").isArray() ? token.path("aud").get(0).asText() : token.path("aud").asText());
    }

    @Test
    void expiredAndForeignTokensCanBeMadeForTheTests() throws Exception {
        JsonNode expired = claims(provider.tokenFor("operator-1", -60));
        assertTrue(expired.path("exp").asLong() < System.currentTimeMillis() / 1000);
        JsonNode foreign = claims(provider.tokenFromIssuer("realms/elsewhere", "operator-1"));
        assertTrue(foreign.path("iss").asText().endsWith("/realms/elsewhere"));
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
