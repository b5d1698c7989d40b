package gridloop.registry.household;

import java.time.Instant;
import java.util.UUID;

/** What the registry answers about households: the dwelling and its flags; the contact only on its own, audited. */
public final class HouseholdViews {

    private HouseholdViews() {
    }

    /** A household without its contact; {@code hasContact} says whether there is one to ask for. */
    public record Household(UUID id, String buildingId, String gridId, int entrance, String room, String occupancy,
            int residents, boolean elderlyLivingAlone, boolean disabled, boolean leftBehindChildren,
            boolean lowIncome, boolean hasContact, long version, Instant updatedAt) {
    }

    /** A household's contact, as read with a purpose; {@code keptUntil} is when it is erased unless changed. */
    public record Contact(UUID householdId, String name, String phone, Instant keptUntil) {
    }

    /** One read of a contact, as the access log keeps it. */
    public record ContactRead(long id, Instant readAt, String reader, String readerRole, String recordKind,
            String recordId, String buildingId, String purpose) {
    }
}
