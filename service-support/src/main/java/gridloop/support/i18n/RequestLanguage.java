package gridloop.support.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language a request is answered in: its {@code Accept-Language}, else the district's default
 * ({@code gridloop.i18n.default-language}, shipped as {@code zh-CN}).
 */
@ApplicationScoped
public class RequestLanguage {

    private final Locale districtDefault;

    RequestLanguage(@ConfigProperty(name = "gridloop.i18n.default-language", defaultValue = "zh-CN") String tag) {
        this.districtDefault = Languages.supported(tag);
    }

    public Locale of(String acceptLanguage) {
        return Languages.negotiate(acceptLanguage, districtDefault);
    }

    public Locale of(HttpHeaders headers) {
        return of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
