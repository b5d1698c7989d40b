package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A facility of the registry (实有设施), a component of the city, as it now stands: its component class
 * ({@code classCode}, GB/T 30428.2's 4 digits) and code, where it is (a point, and the building and floor when it
 * is in one), who maintains it (an organisation) and which department answers for it, and its {@code status}:
 * {@code IN_SERVICE}, {@code FAULTY}, {@code UNDER_REPAIR} or {@code RETIRED}, since {@code statusSince}.
 */
public record FacilityRecorded(UUID facilityId, String code, String classCode, String name, String buildingId,
        Integer floor, double latitude, double longitude, UUID maintainerId, String department, String status,
        Instant statusSince, long version, Instant occurredAt) implements RegistryEvent {

    public static final String IN_SERVICE = "IN_SERVICE";
    public static final String FAULTY = "FAULTY";
    public static final String UNDER_REPAIR = "UNDER_REPAIR";
    public static final String RETIRED = "RETIRED";

    @Override
    public String subject() {
        return facilityId.toString();
    }
}
