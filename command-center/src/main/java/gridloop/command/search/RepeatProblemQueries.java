package gridloop.command.search;

import gridloop.command.place.PlaceSql;
import gridloop.events.rules.RepeatProblems;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The list an operator takes to the weekly meeting: the facilities whose faults repeat ({@link RepeatProblems}) and
 * the buildings with the most open appeals.
 */
@ApplicationScoped
public class RepeatProblemQueries {

    static final int TOP_BUILDINGS = 10;

    @Schema(description = "A facility with repeat faults")
    public record RepeatFacility(UUID facilityId, String code, String classCode, String name, String status,
            String buildingId, String buildingAddress, long faultsInWindow) {
    }

    @Schema(description = "A building and its open appeals")
    public record BusyBuilding(String buildingId, String code, String address, long openAppeals) {
    }

    @Schema(description = "Repeat faults (3 or more appeals in 90 days) and the buildings with the most open appeals")
    public record RepeatProblemList(List<RepeatFacility> facilities, List<BusyBuilding> buildings) {
    }

    private final Pool pool;
    private final Clock clock;

    RepeatProblemQueries(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<RepeatProblemList> list() {
        Tuple since = Tuple.of(RepeatProblems.windowStart(clock.instant()).atOffset(ZoneOffset.UTC),
                RepeatProblems.FAULTS);
        Uni<List<RepeatFacility>> facilities = pool.preparedQuery("""
                        select f.facility_id, f.code, f.class_code, f.name, f.status, f.building_id,
                               b.address as building_address, c.faults
                        from (select facility_id, count(*) as faults from appeal_marker
                              where facility_id is not null and submitted_at >= $1
                              group by facility_id having count(*) >= $2) c
                        join place_facility f on f.facility_id = c.facility_id
                        left join place_building b on b.building_id = f.building_id
                        order by c.faults desc, f.code
                        limit 50
                        """).execute(since)
                .map(rows -> {
                    List<RepeatFacility> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new RepeatFacility(row.getUUID("facility_id"), row.getString("code"),
                                row.getString("class_code"), row.getString("name"), row.getString("status"),
                                row.getString("building_id"), row.getString("building_address"),
                                row.getLong("faults")));
                    }
                    return items;
                });
        Uni<List<BusyBuilding>> buildings = pool.preparedQuery("""
                        select b.building_id, b.code, b.address, count(*) as open
                        from (%s) a
                        join place_building b on b.building_id = a.building_id
                        group by b.building_id, b.code, b.address
                        order by open desc, b.building_id
                        limit $1
                        """.formatted(PlaceSql.openAppealsWithBuilding())).execute(Tuple.of(TOP_BUILDINGS))
                .map(rows -> {
                    List<BusyBuilding> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new BusyBuilding(row.getString("building_id"), row.getString("code"),
                                row.getString("address"), row.getLong("open")));
                    }
                    return items;
                });
        return Uni.combine().all().unis(facilities, buildings).asTuple()
                .map(parts -> new RepeatProblemList(parts.getItem1(), parts.getItem2()));
    }
}
