package gridloop.localstack.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The OAuth 2.0 password grant of the public client, as a phone app or a CLI gets a token from any provider. */
public final class PasswordGrant {

    private static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1: mock-oauth2-server's MockWebServer does not answer an h2c upgrade.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private PasswordGrant() {
    }

    /** The access token the token endpoint gives this user; anything but 200 is an exception with the answer. */
    public static String accessToken(String tokenEndpoint, String clientId, String username, String password) {
        String form = "grant_type=password&scope=openid&client_id=" + encode(clientId) + "&username="
                + encode(username) + "&password=" + encode(password);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(tokenEndpoint + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
