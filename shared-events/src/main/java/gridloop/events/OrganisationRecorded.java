package gridloop.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organisation of the registry (实有单位) as it now stands: its {@code type} (e.g. {@code PARTY_BRANCH},
 * {@code PROPERTY_COMPANY}, {@code VOLUNTEER_TEAM}), the organisation above it ({@code parentId}, e.g. a branch's
 * community committee), the buildings and map units (grids, communities) it covers, and how many members it has.
 * Its contact is not on the topic: the registry's API gives it.
 */
public record OrganisationRecorded(UUID organisationId, String code, String type, String name, UUID parentId,
        List<String> buildingIds, List<String> unitIds, int members, long version, Instant occurredAt)
        implements RegistryEvent {

    @Override
    public String subject() {
        return organisationId.toString();
    }
}
