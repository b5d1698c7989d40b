package gridloop.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rating link's token: what it grants, and that nothing else passes for one. */
class RatingLinksTest {

    private final RatingLinks links = new RatingLinks("a shared secret");
    private final UUID appeal = UUID.randomUUID();
    private final Instant expires = Instant.parse("2026-12-14T08:00:00Z");

    @Test
    void aTokenGrantsItsAppealToItsReporterUntilItExpires() {
        String token = links.issue(appeal, "p-abc", expires);
        RatingLinks.Grant grant = links.read(token).orElseThrow();
        assertEquals(new RatingLinks.Grant(appeal, "p-abc", expires), grant);
        assertFalse(grant.expiredAt(expires.minusSeconds(1)));
        assertTrue(grant.expiredAt(expires));
        assertFalse(token.contains("p-abc"), "nothing readable at a glance");
    }

    @Test
    void aForgedOrForeignTokenGrantsNothing() {
        String token = links.issue(appeal, "p-abc", expires);
        String other = links.issue(UUID.randomUUID(), "p-abc", expires);
        String forged = token.substring(0, token.lastIndexOf('.')) + other.substring(other.lastIndexOf('.'));
        assertEquals(Optional.empty(), links.read(forged));
        assertEquals(Optional.empty(), new RatingLinks("another secret").read(token));
        for (String junk : new String[] {null, "", "r1.", "r1..", "x.y.z", token + "x", "r1.!!!.???"}) {
            assertEquals(Optional.empty(), links.read(junk), String.valueOf(junk));
        }
        assertEquals(RatingLinks.fingerprint(token), RatingLinks.fingerprint(token));
        assertFalse(RatingLinks.fingerprint(token).contains(token));
    }
}
