package gridloop.localstack.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    private static final String REDIRECT = "http://localhost:9999/callback";
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
    void theAuthorizationCodeGrantChecksThePasswordAndThePkceVerifier() throws Exception {
        String verifier = "a-verifier-of-at-least-forty-three-characters-0123456789";
        String authorize = authorizeUrl(verifier, REDIRECT);
        String page = get(authorize).body();
        assertTrue(page.contains("type=\"password\"") && page.contains("<datalist"), "a sign-in page with a password");
        HttpResponse<String> wrongPassword = post(authorize, "username=operator-1&password=wrong");
        assertEquals(401, wrongPassword.statusCode());
        assertTrue(wrongPassword.headers().firstValue("Location").isEmpty(), "no code for a wrong password");
        assertTrue(wrongPassword.body().contains("用户名或密码不正确"), "in the district's language by default");
        assertTrue(post(authorize + "&ui_locales=en", "username=operator-1&password=wrong").body()
                .contains("Invalid user name or password"));

        String exchange = "grant_type=authorization_code&client_id=gridloop-app&code=" + signIn(authorize, "operator-1")
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + "&code_verifier=";
        HttpResponse<String> wrong = post(provider.tokenEndpoint(), exchange + "another-verifier-another-verifier-another-verifier");
        assertEquals(400, wrong.statusCode(), wrong.body());
        HttpResponse<String> right = post(provider.tokenEndpoint(), exchange + verifier);
        assertEquals(200, right.statusCode(), right.body());
        JsonNode token = claims(JSON.readTree(right.body()).path("access_token").textValue());
        assertEquals("operator-1", token.path("sub").asText());
        assertEquals("operator-1", token.path("preferred_username").asText());
        assertEquals(List.of("operator"), List.of(JSON.treeToValue(token.path("groups"), String[].class)));
        assertEquals("gridloop-app", token.path("aud").isArray() ? token.path("aud").get(0).asText() : token.path("aud").asText());
        assertEquals("Bearer", token.path("typ").asText());
        JsonNode idToken = claims(JSON.readTree(right.body()).path("id_token").textValue());
        assertEquals("ID", idToken.path("typ").asText(), "an ID token says so, so no service takes it as an access token");
        assertEquals("operator-1", idToken.path("sub").asText());
    }

    /** A resident who writes their own claims into the sign-in form still gets a resident's token. */
    @Test
    void claimsComeFromTheRealmNeverFromTheForm() throws Exception {
        String verifier = "another-verifier-of-at-least-forty-three-characters-0123";
        String authorize = authorizeUrl(verifier, REDIRECT);
        HttpResponse<String> login = post(authorize, "username=resident-chen&password=gridloop&claims="
                + URLEncoder.encode("{\"groups\":[\"operator\"],\"worker_id\":\"w-hualong-g1-1\"}", StandardCharsets.UTF_8));
        String location = login.headers().firstValue("Location").orElseThrow();
        String code = location.substring(location.indexOf("code=") + 5).split("&")[0];
        HttpResponse<String> tokens = post(provider.tokenEndpoint(), "grant_type=authorization_code&client_id=gridloop-app"
                + "&code=" + code + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&code_verifier=" + verifier);
        JsonNode token = claims(JSON.readTree(tokens.body()).path("access_token").textValue());
        assertEquals(List.of("resident"), List.of(JSON.treeToValue(token.path("groups"), String[].class)));
        assertTrue(token.path("worker_id").isMissingNode(), token.toString());
    }

    @Test
    void onlyTheRegisteredClientAndItsRedirectUrisAreServed() throws Exception {
        String verifier = "a-third-verifier-of-at-least-forty-three-characters-0123";
        assertEquals(400, get(authorizeUrl(verifier, "http://evil.example/callback")).statusCode());
        assertEquals(400, get(authorizeUrl(verifier, REDIRECT).replace("client_id=gridloop-app", "client_id=other")).statusCode());
        assertEquals(400, post(authorizeUrl(verifier, "http://evil.example/"), "username=operator-1&password=gridloop").statusCode());

        HttpResponse<String> unknownClient = post(provider.tokenEndpoint(),
                "grant_type=password&client_id=other&username=operator-1&password=gridloop");
        assertEquals(401, unknownClient.statusCode());
        assertEquals("invalid_client", JSON.readTree(unknownClient.body()).path("error").asText());
        HttpResponse<String> clientCredentials = post(provider.tokenEndpoint(),
                "grant_type=client_credentials&client_id=gridloop-app");
        assertEquals(400, clientCredentials.statusCode());
        assertEquals("unauthorized_client", JSON.readTree(clientCredentials.body()).path("error").asText());

        assertEquals(400, get(provider.issuer() + "/endsession?post_logout_redirect_uri="
                + URLEncoder.encode("http://evil.example/", StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, get(provider.issuer().replace("/realms/gridloop", "/default/debugger")).statusCode());
        assertEquals(404, get(provider.issuer() + "/debugger").statusCode());
        assertEquals(404, get(provider.issuer().replace("realms/gridloop", "realms/elsewhere")
                + "/.well-known/openid-configuration").statusCode(), "only the realm's issuer is served");
    }

    @Test
    void expiredAndForeignTokensCanBeMadeForTheTests() throws Exception {
        JsonNode expired = claims(provider.tokenFor("operator-1", -60));
        assertTrue(expired.path("exp").asLong() < System.currentTimeMillis() / 1000);
        JsonNode foreign = claims(provider.tokenFromIssuer("realms/elsewhere", "operator-1"));
        assertTrue(foreign.path("iss").asText().endsWith("/realms/elsewhere"));
    }

    private static String authorizeUrl(String verifier, String redirect) throws Exception {
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        return provider.issuer() + "/authorize?response_type=code&client_id=gridloop-app&scope=openid"
                + "&state=s1&nonce=n1&code_challenge_method=S256&code_challenge=" + challenge + "&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8);
    }

    /** Signs in on the page with the realm's password; returns the code the provider sends back. */
    private static String signIn(String authorize, String username) throws Exception {
        HttpResponse<String> login = post(authorize, "username=" + username + "&password=gridloop");
        String location = login.headers().firstValue("Location").orElseThrow(() -> new AssertionError(login.body()));
        assertTrue(location.startsWith(REDIRECT + "?code="), location);
        return location.substring(location.indexOf("code=") + 5).split("&")[0];
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /**
     * The sign-in page speaks Chinese, the district's language, unless ui_locales (OIDC) or Accept-Language asks for
     * English; each language links to the other. The sample users are named in Chinese, family name first.
     */
    @Test
    void theSignInPageIsInChineseOrEnglishAndNamesPeopleFamilyNameFirst() throws Exception {
        String authorize = authorizeUrl("a-verifier-of-at-least-forty-three-characters-0123456789", REDIRECT);
        String chinese = get(authorize).body();
        assertTrue(chinese.contains("<html lang=\"zh-CN\">") && chinese.contains("<h1>GridLoop 本地登录</h1>")
                && chinese.contains(">密码</label>") && chinese.contains("ui_locales=en"), chinese);
        assertTrue(chinese.contains("<option value=\"w-hualong-g1-1\">赵强, grid-worker</option>"), chinese);
        String english = HTTP.send(HttpRequest.newBuilder(URI.create(authorize)).header("Accept-Language", "en-GB,en")
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(english.contains("<html lang=\"en\">") && english.contains("<h1>GridLoop local sign-in</h1>")
                && english.contains("ui_locales=zh-CN"), english);
        assertTrue(get(authorize + "&ui_locales=en").body().contains(">Password</label>"));
        assertEquals("赵强", claims(provider.passwordToken("w-hualong-g1-1", "gridloop")).path("name").asText());
    }

    /** Both languages' files have every word of the page. */
    @Test
    void everyWordOfTheSignInPageInBothLanguages() {
        for (java.util.Locale language : List.of(SampleUserLoginPage.CHINESE, SampleUserLoginPage.ENGLISH)) {
            java.util.ResourceBundle words = SampleUserLoginPage.words(language);
            for (String key : SampleUserLoginPage.keys()) {
                assertTrue(!words.getString(key).isBlank(), language + " " + key);
            }
            assertEquals(new java.util.TreeSet<>(SampleUserLoginPage.keys()), new java.util.TreeSet<>(words.keySet()));
        }
        assertEquals("用户", SampleUserLoginPage.words(SampleUserLoginPage.CHINESE).getString("user"));
        assertEquals("User", SampleUserLoginPage.words(SampleUserLoginPage.ENGLISH).getString("user"));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
