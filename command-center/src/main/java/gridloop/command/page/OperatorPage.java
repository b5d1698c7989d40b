package gridloop.command.page;

import gridloop.command.messages.PageMessages;
import gridloop.events.catalogue.CategoryCatalogue;
import gridloop.events.catalogue.FacilityClassCatalogue;
import gridloop.support.i18n.DistrictWords;
import gridloop.support.i18n.Text;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The HTML of the page and of its refusal, in the reader's language: the Qute templates {@code templates/page/} (not
 * public static files) with the words of {@link PageMessages}.
 */
@ApplicationScoped
public class OperatorPage {

    private final Template index;
    private final Template forbidden;
    private final DistrictWords words;

    OperatorPage(@Location("page/index.html") Template index, @Location("page/forbidden.html") Template forbidden,
            DistrictWords words) {
        this.index = index;
        this.forbidden = forbidden;
        this.words = words;
    }

    /** A category for the filter: its code, and its name in the page's language. */
    public record CategoryChoice(String code, String name) {
    }

    /** A facility class for the layer's filter and symbols: its code, and its name in the page's language. */
    public record FacilityClassChoice(String code, String name) {
    }

    String operatorPage(Locale language) {
        String tag = language.toLanguageTag();
        return index.instance().setLocale(language).data("lang", tag)
                .data("facilityClasses", FacilityClassCatalogue.all().stream()
                        .map(type -> new FacilityClassChoice(type.code(), type.nameIn(tag))).toList())
                .data("categories", CategoryCatalogue.all().stream()
                        .map(category -> new CategoryChoice(category.code(), words.category(category.code(), language)))
                        .toList())
                .render();
    }

    String forbidden(String username, Set<String> roles, Locale language) {
        return forbidden.instance().setLocale(language).data("lang", language.toLanguageTag())
                .data("username", username)
                .data("roles", roles.isEmpty() ? Text.bundle(PageMessages.class, language).forbiddenNone()
                        : String.join(", ", new TreeSet<>(roles)))
                .render();
    }

    /**
     * Scripts, styles and data from this service only; images may also come from the configured tile server
     * (the base layer is otherwise the grid polygons themselves: no tile server is reachable in a government
     * network). No inline style: Leaflet positions its panes through the DOM, which a style policy does not govern.
     * Forms post here, and signing out goes on to the provider's end-session page. {@code blob:} images are the
     * appeals' photos, read with the operator's token and shown from memory (an img cannot send the token).
     */
    String contentSecurityPolicy(Optional<String> tileUrl, String issuer) {
        String tiles = tileUrl.map(OperatorPage::origin).map(origin -> " " + origin).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:" + tiles
                + "; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self' " + origin(issuer);
    }

    /** {@code https://{s}.tiles.example/{z}/{x}/{y}.png} → {@code https://*.tiles.example}. */
    static String origin(String tileUrl) {
        int afterScheme = tileUrl.indexOf("://") + 3;
        String host = tileUrl.substring(afterScheme).split("/", 2)[0].replace("{s}", "*");
        return tileUrl.substring(0, afterScheme) + host;
    }
}
