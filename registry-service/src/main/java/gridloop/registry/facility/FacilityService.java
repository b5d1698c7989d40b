package gridloop.registry.facility;

import gridloop.events.rules.RepeatProblems;
import gridloop.registry.facility.FacilityQueries.Facility;
import gridloop.registry.imports.Fields;
import gridloop.registry.imports.LookupQueries;
import gridloop.registry.imports.RecordProblems;
import gridloop.registry.imports.VersionedEdit;
import gridloop.registry.publish.RegistryRecords;
import gridloop.support.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Facilities: reads with their repeat faults, and a registrar's edits. */
@ApplicationScoped
public class FacilityService {

    private final FacilityQueries queries;
    private final FacilityStatements statements;
    private final LookupQueries lookups;
    private final VersionedEdit edits;
    private final RegistryRecords records;
    private final Clock clock;
    private final String districtCode;

    FacilityService(FacilityQueries queries, FacilityStatements statements, LookupQueries lookups, VersionedEdit edits,
            RegistryRecords records, Clock clock,
            @ConfigProperty(name = "gridloop.registry.district-code") String districtCode) {
        this.queries = queries;
        this.statements = statements;
        this.lookups = lookups;
        this.edits = edits;
        this.records = records;
        this.clock = clock;
        this.districtCode = districtCode;
    }

    public Instant windowStart() {
        return RepeatProblems.windowStart(clock.instant());
    }

    public Uni<Facility> one(UUID id) {
        return queries.one(id, windowStart()).map(found -> found.orElseThrow(() -> ApiException.notFound(id)));
    }

    public Uni<Facility> edit(UUID id, String ifMatch, Map<String, String> body) {
        return one(id).chain(existing -> lookups.read().chain(known -> {
            Map<String, String> values = new HashMap<>(body);
            values.put("code", existing.code());
            Fields fields = new Fields(1, values);
            FacilityRow row = FacilityRow.read(fields, known, districtCode);
            if (row == null) {
                throw RecordProblems.of(fields.problems());
            }
            return edits.apply("facility", id, ifMatch, () -> statements.upsert(row, clock.instant()),
                    () -> records.facilities(List.of(id)));
        })).chain(() -> one(id));
    }
}
