package gridloop.support.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import java.util.function.Function;

/**
 * A text for a person, kept language-neutral until it is answered: it is rendered in the reader's language at the
 * edge, from a message bundle.
 */
@FunctionalInterface
public interface Text {

    String in(Locale locale);

    /**
     * A message of a Qute {@code @MessageBundle}, e.g. {@code Text.of(ProblemMessages.class, m -> m.notFound(id))}.
     */
    static <B> Text of(Class<B> bundle, Function<B, String> message) {
        return locale -> message.apply(bundle(bundle, locale));
    }

    /** A bundle in one of the {@link Languages#SUPPORTED} languages. */
    static <B> B bundle(Class<B> bundle, Locale locale) {
        return MessageBundles.get(bundle, Localized.Literal.of(locale.toLanguageTag()));
    }
}
