package gridloop.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A pseudonym is stable per account and secret, differs between accounts and secrets, and hides the account. */
class PseudonymsTest {

    @Test
    void theSameAccountGivesTheSamePseudonymOnlyUnderTheSameSecret() {
        Pseudonyms intake = new Pseudonyms("secret-a");
        Pseudonyms feedback = new Pseudonyms("secret-a");
        Pseudonyms elsewhere = new Pseudonyms("secret-b");
        String chen = intake.of("resident-chen");
        assertEquals(chen, feedback.of("resident-chen"));
        assertNotEquals(chen, intake.of("resident-wang"));
        assertNotEquals(chen, elsewhere.of("resident-chen"));
        assertTrue(chen.matches("p-[A-Za-z0-9_-]{22}"), chen);
        assertFalse(chen.contains("chen"), chen);
    }
}
