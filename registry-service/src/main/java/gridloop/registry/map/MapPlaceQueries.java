package gridloop.registry.map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Where units lie on the map in force: a building's grid, community and street, and the grids a worker works. The one
 * place the registry reads the map and the roster it follows.
 */
@ApplicationScoped
public class MapPlaceQueries {

    /** A unit's place: its own id and level, the grid, community and street above it, and its outline's centre. */
    public record Place(String unitId, String level, String gridId, String communityId, String streetId,
            Double centreLat, Double centreLon) {
    }

    private static final String PLACES = """
            select u.unit_id, u.level, u.centre_lat, u.centre_lon,
                   case when u.level = 'grid' then u.unit_id when p.level = 'grid' then p.unit_id end as grid_id,
                   case when u.level = 'community' then u.unit_id when p.level = 'community' then p.unit_id
                        when g.level = 'community' then g.unit_id end as community_id,
                   u.street_id
            from map_unit u
            left join map_unit p on p.unit_id = u.parent_id
            left join map_unit g on g.unit_id = p.parent_id
            """;

    private final Pool pool;

    MapPlaceQueries(Pool pool) {
        this.pool = pool;
    }

    /** Every unit of the map in force by id (a district has a few thousand). */
    public Uni<Map<String, Place>> all() {
        return pool.query(PLACES).execute().map(rows -> {
            Map<String, Place> places = new HashMap<>();
            for (Row row : rows) {
                Place place = place(row);
                places.put(place.unitId(), place);
            }
            return places;
        });
    }

    /** Whether this worker works this grid, as the roster in force says. */
    public Uni<Boolean> works(String workerId, String gridId) {
        return pool.preparedQuery("select 1 from grid_worker where worker_id = $1 and grid_id = $2")
                .execute(Tuple.of(workerId, gridId)).map(rows -> rows.size() > 0);
    }

    private static Place place(Row row) {
        return new Place(row.getString("unit_id"), row.getString("level"), row.getString("grid_id"),
                row.getString("community_id"), row.getString("street_id"), row.getDouble("centre_lat"),
                row.getDouble("centre_lon"));
    }
}
