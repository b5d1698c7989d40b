package gridloop.registry.building;

import gridloop.events.rules.RepeatProblems;
import gridloop.registry.building.BuildingViews.Card;
import gridloop.registry.household.HouseholdAccess;
import gridloop.registry.imports.Fields;
import gridloop.registry.imports.LookupQueries;
import gridloop.registry.imports.RecordProblems;
import gridloop.registry.imports.VersionedEdit;
import gridloop.registry.publish.RegistryRecords;
import gridloop.support.problem.ApiException;
import gridloop.support.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Buildings: their cards (care groups for those who may see them) and a registrar's edits. */
@ApplicationScoped
public class BuildingService {

    private final BuildingQueries queries;
    private final BuildingStatements statements;
    private final HouseholdAccess access;
    private final LookupQueries lookups;
    private final VersionedEdit edits;
    private final RegistryRecords records;
    private final Clock clock;
    private final String districtCode;

    BuildingService(BuildingQueries queries, BuildingStatements statements, HouseholdAccess access,
            LookupQueries lookups, VersionedEdit edits, RegistryRecords records, Clock clock,
            @ConfigProperty(name = "gridloop.registry.district-code") String districtCode) {
        this.queries = queries;
        this.statements = statements;
        this.access = access;
        this.lookups = lookups;
        this.edits = edits;
        this.records = records;
        this.clock = clock;
        this.districtCode = districtCode;
    }

    public Uni<Card> card(String id, Caller caller) {
        return queries.gridOf(id).chain(grid -> {
            if (grid.isEmpty()) {
                throw ApiException.notFound(id);
            }
            return access.maySeeCareGroups(caller, grid.get())
                    .chain(care -> queries.card(id, care, RepeatProblems.windowStart(clock.instant())))
                    .map(card -> card.orElseThrow(() -> ApiException.notFound(id)));
        });
    }

    /** Replaces the building's facts with the body's, when {@code ifMatch} names its current version. */
    public Uni<Card> edit(String id, String ifMatch, Map<String, String> body, Caller caller) {
        return lookups.read().chain(known -> {
            Map<String, String> values = new HashMap<>(body);
            values.put("id", id);
            Fields fields = new Fields(1, values);
            BuildingRow row = BuildingRow.read(fields, known, districtCode, BuildingRow.thisYear(clock));
            if (row == null) {
                throw RecordProblems.of(fields.problems());
            }
            return edits.apply("building", id, ifMatch, () -> statements.upsert(row, clock.instant()),
                    () -> records.buildings(List.of(id)));
        }).chain(() -> card(id, caller));
    }
}
