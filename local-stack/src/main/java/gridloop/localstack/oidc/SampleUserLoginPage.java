package gridloop.localstack.oidc;

import gridloop.localstack.oidc.RealmUsers.SampleUser;

/**
 * The local provider's sign-in page for the authorization code flow (Swagger UI's "Authorize", the command centre):
 * a user name and a password, checked against the realm's users as Keycloak checks them ({@link HonestProviderGuard}).
 * The page lists the sample users of the local run; their password is printed by {@code ./gridloop}.
 */
final class SampleUserLoginPage {

    private SampleUserLoginPage() {
    }

    /** The page; {@code error} (or null) is said above the form, after a failed attempt. */
    static String html(RealmUsers users, String error) {
        StringBuilder options = new StringBuilder();
        for (SampleUser user : users.all()) {
            options.append("<option value=\"").append(escape(user.username())).append("\">")
                    .append(escape(user.name())).append(", ").append(escape(String.join(", ", user.roles())))
                    .append("</option>\n");
        }
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>GridLoop local sign-in</title>
                <style>body{font-family:sans-serif;max-width:34em;margin:3em auto}input,button{font-size:1em;margin:.5em 0}
                .error{color:#b00020}</style>
                </head><body>
                <h1>GridLoop local sign-in</h1>
                <p>The local provider of <code>./gridloop</code>, serving the realm's users. Production signs in at Keycloak.</p>
                %s<form method="post">
                <label for="username">User</label><br>
                <input id="username" name="username" list="sample-users" autocomplete="username" required><br>
                <datalist id="sample-users">
                %s</datalist>
                <label for="password">Password</label><br>
                <input id="password" name="password" type="password" autocomplete="current-password" required><br>
                <button type="submit">Sign in</button>
                </form>
                </body></html>
                """.formatted(error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>\n", options);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
