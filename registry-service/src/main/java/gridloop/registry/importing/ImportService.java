package gridloop.registry.importing;

import gridloop.registry.building.BuildingRow;
import gridloop.registry.building.BuildingStatements;
import gridloop.registry.facility.FacilityRow;
import gridloop.registry.facility.FacilityStatements;
import gridloop.registry.household.HouseholdQueries;
import gridloop.registry.household.HouseholdRow;
import gridloop.registry.household.HouseholdStatements;
import gridloop.registry.imports.CsvTable;
import gridloop.registry.imports.Fields;
import gridloop.registry.imports.LookupQueries;
import gridloop.registry.imports.Lookups;
import gridloop.registry.imports.RowProblem;
import gridloop.registry.organisation.OrganisationRow;
import gridloop.registry.organisation.OrganisationStatements;
import gridloop.registry.publish.RegistryRecords;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Imports a file of one kind, all or nothing. Every row is read and checked first and every problem reported (row,
 * column, what is wrong); a file with any problem changes nothing. A good file is written in one transaction, each
 * record inserted or updated by its natural key (so importing the same file again changes nothing), and every record
 * that changed is published as it now stands. A dry run does all of that and rolls back: its figures are exact.
 */
@ApplicationScoped
public class ImportService {

    private final LookupQueries lookups;
    private final HouseholdQueries householdIds;
    private final BuildingStatements buildings;
    private final HouseholdStatements households;
    private final OrganisationStatements organisations;
    private final FacilityStatements facilities;
    private final RegistryRecords records;
    private final Clock clock;
    private final String districtCode;
    private final int maxRows;

    ImportService(LookupQueries lookups, HouseholdQueries householdIds, BuildingStatements buildings,
            HouseholdStatements households,
            OrganisationStatements organisations, FacilityStatements facilities, RegistryRecords records, Clock clock,
            @ConfigProperty(name = "gridloop.registry.district-code") String districtCode,
            @ConfigProperty(name = "gridloop.registry.import.max-rows") int maxRows) {
        this.lookups = lookups;
        this.householdIds = householdIds;
        this.buildings = buildings;
        this.households = households;
        this.organisations = organisations;
        this.facilities = facilities;
        this.records = records;
        this.clock = clock;
        this.districtCode = districtCode;
        this.maxRows = maxRows;
    }

    public Uni<ImportReport> run(ImportKind kind, byte[] body, boolean dryRun) {
        Uni<Set<UUID>> existingHouseholds = kind == ImportKind.HOUSEHOLDS ? householdIds.all()
                : Uni.createFrom().item(Set.of());
        return Uni.combine().all().unis(lookups.read(), existingHouseholds).asTuple().chain(known -> {
            Reading reading = new Reading(kind, known.getItem1(), kind == ImportKind.ORGANISATIONS
                    ? codesIn(body) : Set.of());
            CsvTable.Parsed parsed = parse(kind, body, reading::accept);
            List<RowProblem> problems = new ArrayList<>(parsed.problems());
            problems.addAll(reading.problems);
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparingInt(RowProblem::row));
                return Uni.createFrom().item(new ImportReport(kind, dryRun, parsed.rows(), 0, 0, 0, problems));
            }
            Plan plan = plan(kind, reading.good, known.getItem1(), known.getItem2());
            return write(plan, dryRun).map(changed -> new ImportReport(kind, dryRun, parsed.rows(),
                    plan.created(changed), changed.size() - plan.created(changed), plan.size() - changed.size(),
                    List.of()));
        });
    }

    private CsvTable.Parsed parse(ImportKind kind, byte[] body, Consumer<Fields> rows) {
        return switch (kind) {
            case BUILDINGS -> GeoJsonFeatures.parse(body, maxRows, rows);
            case HOUSEHOLDS -> CsvTable.parse(body, HouseholdRow.COLUMNS, HouseholdRow.REQUIRED_COLUMNS, maxRows,
                    rows);
            case ORGANISATIONS -> CsvTable.parse(body, OrganisationRow.COLUMNS, OrganisationRow.REQUIRED_COLUMNS,
                    maxRows, rows);
            case FACILITIES -> CsvTable.parse(body, FacilityRow.COLUMNS, FacilityRow.REQUIRED_COLUMNS, maxRows, rows);
        };
    }

    /** The organisations a file adds: a parent may be one of them (a first, cheap pass over the file). */
    private Set<String> codesIn(byte[] body) {
        Set<String> codes = new HashSet<>();
        CsvTable.parse(body, OrganisationRow.COLUMNS, OrganisationRow.REQUIRED_COLUMNS, maxRows,
                fields -> codes.add(fields.optional("code", 40)));
        return codes;
    }

    /**
     * Reads a file's rows one at a time into checked rows, keeping every problem and never the cells: a district's
     * 100,000 households fit in a small heap.
     */
    private final class Reading {

        private final ImportKind kind;
        private final Lookups known;
        private final Set<String> codesInFile;
        private final int thisYear = BuildingRow.thisYear(clock);
        private final Map<Object, Integer> firstRowOf = new HashMap<>();
        final List<Object> good = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();

        Reading(ImportKind kind, Lookups known, Set<String> codesInFile) {
            this.kind = kind;
            this.known = known;
            this.codesInFile = codesInFile;
        }

        void accept(Fields fields) {
            Object row = switch (kind) {
                case BUILDINGS -> BuildingRow.read(fields, known, districtCode, thisYear);
                case HOUSEHOLDS -> HouseholdRow.read(fields, known);
                case ORGANISATIONS -> OrganisationRow.read(fields, known, codesInFile);
                case FACILITIES -> FacilityRow.read(fields, known, districtCode);
            };
            problems.addAll(fields.problems());
            if (row == null) {
                return;
            }
            Integer first = firstRowOf.putIfAbsent(keyOf(row), fields.row());
            if (first != null) {
                problems.add(RowProblem.of(fields.row(), null, m -> m.sameAsRow(first)));
                return;
            }
            good.add(row);
        }
    }

    /** The checked rows of a file, how to write one, and what to publish of those that changed. */
    private record Plan(List<Object> rows, Function<Object, Uni<Integer>> write, Set<Object> existing,
            Function<List<Object>, Uni<Void>> publish) {

        int size() {
            return rows.size();
        }

        int created(List<Object> changed) {
            return (int) changed.stream().filter(row -> !existing.contains(keyOf(row))).count();
        }
    }

    private Plan plan(ImportKind kind, List<Object> good, Lookups known, Set<UUID> households) {
        Instant now = clock.instant();
        return switch (kind) {
            case BUILDINGS -> new Plan(good, row -> buildings.upsert((BuildingRow) row, now),
                    new HashSet<>(known.buildingGrids().keySet()),
                    changed -> records.buildings(changed.stream().map(row -> ((BuildingRow) row).id()).toList()));
            case HOUSEHOLDS -> new Plan(good, row -> this.households.upsert((HouseholdRow) row, now),
                    new HashSet<>(households), changed -> records.buildings(changed.stream()
                            .map(row -> ((HouseholdRow) row).buildingId())
                            .collect(Collectors.toCollection(LinkedHashSet::new))));
            case ORGANISATIONS -> new Plan(parentsFirst(good), row -> organisations.upsert((OrganisationRow) row, now),
                    new HashSet<>(known.organisations().values().stream().map(Lookups.Organisation::id).toList()),
                    changed -> records.organisations(changed.stream().map(row -> ((OrganisationRow) row).id())
                            .toList()));
            case FACILITIES -> new Plan(good, row -> facilities.upsert((FacilityRow) row, now),
                    new HashSet<>(known.facilities().values()),
                    changed -> records.facilities(changed.stream().map(row -> ((FacilityRow) row).id()).toList()));
        };
    }

    private static Object keyOf(Object row) {
        if (row instanceof BuildingRow building) {
            return building.id();
        }
        if (row instanceof HouseholdRow household) {
            return household.id();
        }
        if (row instanceof OrganisationRow organisation) {
            return organisation.id();
        }
        return ((FacilityRow) row).id();
    }

    /** Organisations ordered so that a parent in the same file is written before those under it. */
    private static List<Object> parentsFirst(List<Object> rows) {
        Map<String, OrganisationRow> byCode = new HashMap<>();
        rows.forEach(row -> byCode.put(((OrganisationRow) row).code(), (OrganisationRow) row));
        List<Object> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Object row : rows) {
            place((OrganisationRow) row, byCode, placed, ordered, new HashSet<>());
        }
        return ordered;
    }

    private static void place(OrganisationRow row, Map<String, OrganisationRow> byCode, Set<String> placed,
            List<Object> ordered, Set<String> visiting) {
        if (placed.contains(row.code()) || !visiting.add(row.code())) {
            return;
        }
        OrganisationRow parent = row.parentCode() == null ? null : byCode.get(row.parentCode());
        if (parent != null) {
            place(parent, byCode, placed, ordered, visiting);
        }
        placed.add(row.code());
        ordered.add(row);
    }

    /** The rows that changed, in one transaction (rolled back for a dry run). */
    private Uni<List<Object>> write(Plan plan, boolean dryRun) {
        return Panache.withTransaction(() -> Multi.createFrom().iterable(plan.rows()).onItem()
                .transformToUniAndConcatenate(row -> plan.write().apply(row).map(count -> count > 0 ? row : NONE))
                .filter(row -> row != NONE).collect().asList()
                .call(changed -> plan.publish().apply(changed))
                .call(changed -> dryRun ? Panache.currentTransaction().invoke(Mutiny.Transaction::markForRollback)
                        : Uni.createFrom().voidItem()));
    }

    private static final Object NONE = new Object();

}
