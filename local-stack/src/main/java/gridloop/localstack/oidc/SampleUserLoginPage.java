package gridloop.localstack.oidc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.localstack.oidc.RealmUsers.SampleUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local provider's sign-in page for the authorization code flow (Swagger UI's "Authorize", the command
 * centre): a choice of the realm's sample users. mock-oauth2-server takes a user name and the claims to put in the
 * token from its login form; this page sends, for the chosen user, the claims Keycloak's realm gives them (roles,
 * {@code worker_id}, {@code department}, name), so a token from the browser carries the same rights as one from
 * the password grant. Development only: like mock-oauth2-server's own page, it asks for no password.
 */
final class SampleUserLoginPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleUserLoginPage() {
    }

    /** Writes the page to a temporary file (mock-oauth2-server reads its login page from a file) and returns it. */
    static Path write(RealmUsers users) {
        try {
            Path page = Files.createTempFile("gridloop-login-", ".html");
            page.toFile().deleteOnExit();
            Files.writeString(page, html(users), StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(RealmUsers users) {
        StringBuilder options = new StringBuilder();
        Map<String, Map<String, Object>> claims = new LinkedHashMap<>();
        for (SampleUser user : users.all()) {
            options.append("<option value=\"").append(escape(user.username())).append("\">")
                    .append(escape(user.username())).append(" (").append(escape(user.name())).append(", ")
                    .append(escape(String.join(", ", user.roles()))).append(")</option>\n");
            claims.put(user.username(), RealmTokenCallback.claimsOf(user));
        }
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>GridLoop local sign-in</title>
                <style>body{font-family:sans-serif;max-width:34em;margin:3em auto}select,button{font-size:1em;margin:.5em 0}</style>
                </head><body>
                <h1>GridLoop local sign-in</h1>
                <p>The local provider of <code>./gridloop</code>: choose a sample user of the realm. Production signs in at Keycloak.</p>
                <form method="post">
                <label for="username">User</label><br>
                <select id="username" name="username" required>
                %s</select><br>
                <input type="hidden" id="claims" name="claims">
                <button type="submit">Sign in</button>
                </form>
                <script>
                const claims = %s;
                const form = document.querySelector('form');
                form.addEventListener('submit', () => {
                  document.getElementById('claims').value = JSON.stringify(claims[form.username.value]);
                });
                </script>
                </body></html>
                """.formatted(options, json(claims));
    }

    private static String json(Object value) {
        try {
            // "</" would end the script element early.
            return JSON.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
