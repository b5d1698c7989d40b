package gridloop.localstack.oidc;

import gridloop.localstack.oidc.RealmUsers.SampleUser;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The local provider's sign-in page for the authorization code flow (Swagger UI's "Authorize", the command centre):
 * a user name and a password, checked against the realm's users as Keycloak checks them ({@link HonestProviderGuard}).
 * The page lists the sample users of the local run; their password is printed by {@code ./gridloop}. It speaks the
 * district's language unless the request asks for English (OIDC's {@code ui_locales}, else {@code Accept-Language}),
 * as Keycloak's own pages do, with a link to the other language; its words are in {@code SignInWords*.properties}.
 */
final class SampleUserLoginPage {

    static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    static final Locale ENGLISH = Locale.forLanguageTag("en");
    private static final String WORDS = "gridloop.localstack.oidc.SignInWords";

    private SampleUserLoginPage() {
    }

    /** The page's language: the first of {@code ui_locales}, else of {@code Accept-Language}, that it speaks. */
    static Locale language(String uiLocales, String acceptLanguage) {
        for (String asked : new String[] {uiLocales == null ? null : uiLocales.trim().replace(' ', ','), acceptLanguage}) {
            if (asked == null || asked.isBlank()) {
                continue;
            }
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(asked)) {
                    String language = range.getRange().split("-", 2)[0];
                    if (language.equals("en")) {
                        return ENGLISH;
                    }
                    if (language.equals("zh")) {
                        return CHINESE;
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // a header we cannot read: the district's language
            }
        }
        return CHINESE;
    }

    static ResourceBundle words(Locale language) {
        // English is the root bundle: no fallback to the machine's own locale.
        return ResourceBundle.getBundle(WORDS, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The page; {@code failed}: after a wrong name or password, said above the form. {@code otherLanguageUrl} is this
     * page in the other language.
     */
    static String html(RealmUsers users, boolean failed, Locale language, String otherLanguageUrl) {
        ResourceBundle words = words(language);
        StringBuilder options = new StringBuilder();
        for (SampleUser user : users.all()) {
            options.append("<option value=\"").append(escape(user.username())).append("\">")
                    .append(escape(user.name())).append(", ").append(escape(String.join(", ", user.roles())))
                    .append("</option>\n");
        }
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s</title>
                <style>body{font-family:sans-serif;max-width:34em;margin:3em auto}input,button{font-size:1em;margin:.5em 0}
                .error{color:#b00020}</style>
                </head><body>
                <p><a href="%s" hreflang="%s" lang="%s">%s</a></p>
                <h1>%s</h1>
                <p>%s</p>
                %s<form method="post">
                <label for="username">%s</label><br>
                <input id="username" name="username" list="sample-users" autocomplete="username" required><br>
                <datalist id="sample-users">
                %s</datalist>
                <label for="password">%s</label><br>
                <input id="password" name="password" type="password" autocomplete="current-password" required><br>
                <button type="submit">%s</button>
                </form>
                </body></html>
                """.formatted(language.toLanguageTag(), escape(words.getString("title")), escape(otherLanguageUrl),
                words.getString("otherLanguageTag"), words.getString("otherLanguageTag"),
                escape(words.getString("otherLanguage")), escape(words.getString("title")),
                escape(words.getString("intro")),
                failed ? "<p class=\"error\" role=\"alert\">" + escape(words.getString("invalid")) + "</p>\n" : "",
                escape(words.getString("user")), options, escape(words.getString("password")),
                escape(words.getString("signIn")));
    }

    /** The keys every language's file must have. */
    static List<String> keys() {
        return List.of("title", "intro", "user", "password", "signIn", "invalid", "otherLanguage", "otherLanguageTag");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
