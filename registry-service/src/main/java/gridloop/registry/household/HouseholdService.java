package gridloop.registry.household;

import gridloop.registry.household.HouseholdViews.Contact;
import gridloop.registry.household.HouseholdViews.Household;
import gridloop.registry.imports.Fields;
import gridloop.registry.imports.Lookups;
import gridloop.registry.imports.RecordProblems;
import gridloop.registry.imports.VersionedEdit;
import gridloop.registry.publish.RegistryRecords;
import gridloop.support.problem.ApiException;
import gridloop.support.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Households for those who may see them: read, edit (If-Match), erase, and their contact with a purpose. */
@ApplicationScoped
public class HouseholdService {

    private final HouseholdQueries queries;
    private final HouseholdStatements statements;
    private final HouseholdAccess access;
    private final ContactReadStatements contacts;
    private final VersionedEdit edits;
    private final RegistryRecords records;
    private final Clock clock;
    private final Duration retention;

    HouseholdService(HouseholdQueries queries, HouseholdStatements statements, HouseholdAccess access,
            ContactReadStatements contacts, VersionedEdit edits, RegistryRecords records, Clock clock,
            @ConfigProperty(name = "gridloop.registry.contact-retention") Duration retention) {
        this.queries = queries;
        this.statements = statements;
        this.access = access;
        this.contacts = contacts;
        this.edits = edits;
        this.records = records;
        this.clock = clock;
        this.retention = retention;
    }

    public Uni<Household> one(UUID id, Caller caller) {
        return visible(id, caller);
    }

    public Uni<List<Household>> ofBuilding(String buildingId, String gridId, Caller caller) {
        return access.maySeeHouseholds(caller, gridId).chain(may -> {
            if (!may) {
                throw ApiException.notFound(buildingId);
            }
            return queries.ofBuilding(buildingId);
        });
    }

    /** The contact, read with a purpose that the access log keeps; 404 when the household has none. */
    public Uni<Contact> contact(UUID id, String purpose, Caller caller) {
        return visible(id, caller).chain(household -> Panache.withTransaction(() -> contacts.read(
                        new ContactReadStatements.Read(caller.subject(), caller.role(),
                                ContactReadStatements.HOUSEHOLD, id,
                                household.buildingId(), purpose, clock.instant())))
                .map(stored -> stored.map(contact -> new Contact(id, contact.name(), contact.phone(),
                        contact.recordedAt().plus(retention))).orElseThrow(() -> ApiException.notFound(id))));
    }

    /**
     * Replaces the household's facts and contact with the body's (its dwelling cannot change), when {@code ifMatch}
     * names its current version.
     */
    public Uni<Household> edit(UUID id, String ifMatch, Map<String, String> body, Caller caller) {
        return visible(id, caller).chain(household -> {
            Map<String, String> values = new HashMap<>(body);
            values.put("building", household.buildingId());
            values.put("entrance", String.valueOf(household.entrance()));
            values.put("room", household.room());
            Fields fields = new Fields(1, values);
            HouseholdRow row = HouseholdRow.read(fields, new Lookups(Map.of(),
                    Map.of(household.buildingId(), household.gridId()), Map.of(), Map.of()));
            if (row == null) {
                throw RecordProblems.of(fields.problems());
            }
            Instant now = clock.instant();
            return edits.apply("household", id, ifMatch, () -> statements.upsert(row, now),
                    () -> records.buildings(List.of(household.buildingId())))
                    .chain(() -> queries.one(id)).map(found -> found.orElseThrow(() -> ApiException.notFound(id)));
        });
    }

    /** Erases the household and its contact (its people); the building's counts are published again. */
    public Uni<Void> erase(UUID id, Caller caller) {
        return visible(id, caller).chain(household -> Panache.withTransaction(() -> statements.delete(id)
                .chain(() -> records.buildings(List.of(household.buildingId())))));
    }

    private Uni<Household> visible(UUID id, Caller caller) {
        return queries.one(id).chain(found -> {
            if (found.isEmpty()) {
                throw ApiException.notFound(id);
            }
            return access.maySeeHouseholds(caller, found.get().gridId()).map(may -> {
                if (!may) {
                    throw ApiException.notFound(id);
                }
                return found.get();
            });
        });
    }
}
