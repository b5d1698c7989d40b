package gridloop.support.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a search box's words become for SQL's {@code like}/{@code ilike}: each word a "contains" pattern with
 * {@code \}, {@code %} and {@code _} escaped (PostgreSQL's default escape is the backslash), so a typed
 * {@code 100%} finds "100%" and not everything. The one place words become patterns.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code %word%} with the word's wildcards escaped. */
    public static String contains(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The words of {@code text} (split on white space, at most {@code max}), each as {@link #contains}. */
    public static List<String> containsEach(String text, int max) {
        return words(text, max).stream().map(LikePatterns::contains).toList();
    }

    /** The words of {@code text} (a full-width space parts them too), lower case, at most {@code max}. */
    public static List<String> words(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("[\\s\\u3000]+")).limit(max).toList();
    }
}
