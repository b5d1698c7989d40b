package gridloop.registry.organisation;

import gridloop.registry.household.ContactReadStatements;
import gridloop.registry.imports.Fields;
import gridloop.registry.imports.LookupQueries;
import gridloop.registry.imports.RecordProblems;
import gridloop.registry.imports.VersionedEdit;
import gridloop.registry.organisation.OrganisationQueries.Organisation;
import gridloop.registry.publish.RegistryRecords;
import gridloop.support.problem.ApiException;
import gridloop.support.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Organisations: a registrar's edits, and their contact read with a purpose. */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationQueries queries;
    private final OrganisationStatements statements;
    private final LookupQueries lookups;
    private final VersionedEdit edits;
    private final RegistryRecords records;
    private final ContactReadStatements contacts;
    private final Clock clock;

    OrganisationService(OrganisationQueries queries, OrganisationStatements statements, LookupQueries lookups,
            VersionedEdit edits, RegistryRecords records, ContactReadStatements contacts, Clock clock) {
        this.contacts = contacts;
        this.queries = queries;
        this.statements = statements;
        this.lookups = lookups;
        this.edits = edits;
        this.records = records;
        this.clock = clock;
    }

    public Uni<Organisation> one(UUID id) {
        return queries.one(id).map(found -> found.orElseThrow(() -> ApiException.notFound(id)));
    }

    /** An organisation's contact as answered. */
    public record Contact(UUID organisationId, String name, String phone) {
    }

    /** Its contact, read with a purpose that the access log keeps; 404 when it has none. */
    public Uni<Contact> contact(UUID id, String purpose, Caller caller) {
        return one(id).chain(organisation -> Panache.withTransaction(() -> contacts.read(new ContactReadStatements.Read(
                        caller.subject(), caller.role(), ContactReadStatements.ORGANISATION, id, null, purpose,
                        clock.instant()))))
                .map(found -> found.map(contact -> new Contact(id, contact.name(), contact.phone()))
                        .orElseThrow(() -> ApiException.notFound(id)));
    }

    public Uni<Organisation> edit(UUID id, String ifMatch, Map<String, String> body) {
        return one(id).chain(existing -> lookups.read().chain(known -> {
            Map<String, String> values = new HashMap<>(body);
            values.put("code", existing.code());
            Fields fields = new Fields(1, values);
            OrganisationRow row = OrganisationRow.read(fields, known, Set.of());
            if (row == null) {
                throw RecordProblems.of(fields.problems());
            }
            return edits.apply("organisation", id, ifMatch, () -> statements.upsert(row, clock.instant()),
                    () -> records.organisations(List.of(id)));
        })).chain(() -> one(id));
    }
}
