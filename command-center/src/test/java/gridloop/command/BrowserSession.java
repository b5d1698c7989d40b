package gridloop.command;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * What a browser does to sign in to the page, step by step over HTTP: the page sends it to the provider, the provider's
 * sign-in page takes a user name and password and sends it back with a code, and the page answers with its session
 * cookie. The cookies it ends with are a signed-in browser's.
 */
final class BrowserSession {

    private BrowserSession() {
    }

    static Map<String, String> signIn(String username, String password) {
        Response start = given().redirects().follow(false).accept(ContentType.HTML).get("/");
        Map<String, String> cookies = new HashMap<>(start.getCookies());
        // The addresses come encoded as a browser gets them: sent as they are, not encoded twice.
        Response login = given().urlEncodingEnabled(false).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password).post(start.header("Location"));
        if (login.statusCode() != 302) {
            throw new AssertionError("the provider did not sign " + username + " in: " + login.statusCode());
        }
        Response back = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies)
                .get(login.header("Location"));
        cookies.putAll(back.getCookies());
        if (cookies.keySet().stream().noneMatch(name -> name.startsWith("q_session"))) {
            throw new AssertionError("no session cookie after the code flow: " + back.statusCode() + " " + back.getCookies());
        }
        return sessionCookies(cookies);
    }

    /** Only the session cookie(s): what a forged request from another site would carry. */
    private static Map<String, String> sessionCookies(Map<String, String> cookies) {
        Map<String, String> session = new HashMap<>();
        cookies.forEach((name, value) -> {
            if (name.startsWith("q_session")) {
                session.put(name, value);
            }
        });
        return session;
    }
}
