package gridloop.support.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void wildcardsTypedInASearchBoxAreSearchedForNotObeyed() {
        assertEquals("%100\\%%", LikePatterns.contains("100%"));
        assertEquals("%a\\_b%", LikePatterns.contains("a_b"));
        assertEquals("%c:\\\\x%", LikePatterns.contains("c:\\x"));
    }

    @Test
    void chineseWordsAreSplitOnWhiteSpaceOnly() {
        assertEquals(List.of("%鸿康皓宇%", "%3栋%"), LikePatterns.containsEach("  鸿康皓宇 \u3000 3栋 ", 5));
        assertEquals(List.of("haoyu"), LikePatterns.words("HAOYU", 5));
        assertEquals(List.of(), LikePatterns.words(" ", 5));
        assertEquals(2, LikePatterns.words("a b c", 2).size());
    }
}
