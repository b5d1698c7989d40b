package gridloop.feedback.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Actor;
import gridloop.events.lifecycle.AppealStatus;
import gridloop.events.AppealRecategorized;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A corrected category replaces the one feedback knew: its events are counted under the new one. */
class RecategorizedProjectionTest {

    @Test
    void theCorrectedCategoryReplacesTheOldOne() {
        AppealRecord record = new AppealRecord();
        record.appealId = UUID.randomUUID();
        record.status = AppealStatus.ASSIGNED;
        record.category = "FACILITY_DAMAGE";
        Instant at = Instant.parse("2031-01-01T10:00:00Z");
        AppealViewProjector.project(record, new AppealRecategorized(record.appealId, "FACILITY_DAMAGE", "SANITATION",
                "Wrong category", new Actor("operator", "op-1"), at));
        assertEquals("SANITATION", record.category);
        assertEquals(AppealStatus.ASSIGNED, record.status);
        assertEquals(at, record.updatedAt);
    }
}
