package gridloop.command.duty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.events.GridRosterInForce.Worker;
import gridloop.support.i18n.Languages;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who is on duty now in each grid: the roster in force (from dispatch) read with the shift rule
 * ({@code gridloop.events.rules.Shift}) at the business clock's time, each worker with their open appeals here.
 */
@ApplicationScoped
public class DutyQueries {

    /** A stored roster is the topic's record as it came; a field added to the contract later is not ours to refuse. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<Worker>> WORKERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Long>> LOADS = new TypeReference<>() {
    };

    @Schema(description = "A worker on duty and the open appeals assigned to them")
    public record OnDuty(String workerId, String name, long openAppeals) {
    }

    @Schema(description = "A grid with its workers on duty now (none: nobody is); its outline is the map's")
    public record GridOnDuty(String gridId, String gridName, String communityId, List<OnDuty> workers) {
    }

    private final Pool pool;
    private final Clock clock;
    private final ZoneId zone;

    DutyQueries(Pool pool, Clock clock, @ConfigProperty(name = "gridloop.district-zone") ZoneId zone) {
        this.pool = pool;
        this.clock = clock;
        this.zone = zone;
    }

    public Uni<List<GridOnDuty>> onDutyNow(Locale reader) {
        Instant now = clock.instant();
        return pool.query("""
                        select r.grid_id, r.community_id, r.workers::text as workers, u.name, u.name_zh,
                               (select coalesce(json_object_agg(m.assignee_id, m.n), '{}')::text from
                                   (select assignee_id, count(*) as n from appeal_marker
                                    where is_open and grid_id = r.grid_id and assignee_id is not null
                                    group by assignee_id) m) as loads
                        from grid_roster r left join map_unit u on u.unit_id = r.grid_id
                        order by r.grid_id
                        """).execute()
                .map(rows -> {
                    List<GridOnDuty> grids = new ArrayList<>();
                    for (Row row : rows) {
                        Map<String, Long> loads = loads(row.getString("loads"));
                        List<OnDuty> onDuty = workers(row.getString("workers")).stream()
                                .filter(worker -> worker.shift().onDutyAt(now, zone))
                                .map(worker -> new OnDuty(worker.workerId(), worker.name(),
                                        loads.getOrDefault(worker.workerId(), 0L)))
                                .toList();
                        grids.add(new GridOnDuty(row.getString("grid_id"),
                                Languages.nameIn(reader, row.getString("name"), row.getString("name_zh")),
                                row.getString("community_id"), onDuty));
                    }
                    return grids;
                });
    }

    private static List<Worker> workers(String json) {
        try {
            return JSON.readValue(json, WORKERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored roster that is not a list of workers", e);
        }
    }

    private static Map<String, Long> loads(String json) {
        try {
            return JSON.readValue(json, LOADS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Loads that are not a JSON object", e);
        }
    }
}
