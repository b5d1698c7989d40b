package gridloop.support.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages GridLoop answers in, and how a request's {@code Accept-Language} picks one (RFC 9110 §12.5.4, with
 * RFC 4647 ranges): the first range by weight whose language is one we speak, any region or script of it (a reader of
 * {@code zh-TW} gets the district's Chinese, {@code en-GB} gets English). No header, only unknown languages, or
 * {@code *} alone: the district's default.
 */
public final class Languages {

    /** The district's language: Biquan Street, Bishan, Chongqing. */
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    /** Every bundle has a file for each (a test fails when a key is missing in either). */
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Languages() {
    }

    /** @return one of {@link #SUPPORTED} */
    public static Locale negotiate(String acceptLanguage, Locale districtDefault) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return districtDefault;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return districtDefault; // a header we cannot read is no reason to refuse the request
        }
        for (Locale.LanguageRange range : ranges) { // parse() orders them by weight and drops q=0
            String language = range.getRange().split("-", 2)[0];
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return districtDefault;
    }

    /**
     * A name the district's data holds in both languages, for a reader: the Chinese one when they read Chinese and it
     * is known, the English one otherwise.
     */
    public static String nameIn(Locale reader, String english, String chinese) {
        return CHINESE.equals(reader) && chinese != null ? chinese : english;
    }

    /** A supported language from its tag ({@code zh-CN}, {@code en}); anything else is a configuration mistake. */
    public static Locale supported(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return SUPPORTED.stream().filter(supported -> supported.equals(locale)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("GridLoop speaks " + SUPPORTED + ", not " + tag));
    }
}
