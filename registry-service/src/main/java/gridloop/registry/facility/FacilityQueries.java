package gridloop.registry.facility;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads facilities, their appeals and their repeat faults. */
@ApplicationScoped
public class FacilityQueries {

    /** A facility; {@code faultsInWindow} counts the appeals naming it submitted in the fault window. */
    public record Facility(UUID id, String code, String classCode, String name, String buildingId, Integer floor,
            double latitude, double longitude, UUID maintainerId, String department, String status,
            Instant statusSince, int faultsInWindow, long version) {
    }

    /** An appeal that names the facility. */
    public record Appeal(UUID appealId, String reference, String category, Instant submittedAt, boolean open,
            String outcome, Instant resolvedAt) {
    }

    private static final String FACILITY = """
            select f.*, (select count(*) from registry_appeal a where a.facility_id = f.id
                          and a.submitted_at >= $1) as faults
            from facility f
            """;

    private final Pool pool;

    FacilityQueries(Pool pool) {
        this.pool = pool;
    }

    /** Facilities in a box (south, west, north, east), of a class and in a status when given, ordered by code. */
    public Uni<List<Facility>> find(double[] box, String classCode, String status, Instant windowStart, int page,
            int size) {
        return pool.preparedQuery(FACILITY + """
                        where ($2::float8 is null or (f.latitude between $2 and $4 and f.longitude between $3 and $5))
                          and ($6::text is null or f.class_code = $6) and ($7::text is null or f.status = $7)
                        order by f.code limit $8 offset $9
                        """)
                .execute(Tuple.tuple().addValue(windowStart.atOffset(ZoneOffset.UTC))
                        .addValue(box == null ? null : box[0]).addValue(box == null ? null : box[1])
                        .addValue(box == null ? null : box[2]).addValue(box == null ? null : box[3])
                        .addValue(classCode).addValue(status).addInteger(size).addInteger(page * size))
                .map(rows -> {
                    List<Facility> items = new ArrayList<>();
                    rows.forEach(row -> items.add(facility(row)));
                    return items;
                });
    }

    public Uni<Optional<Facility>> one(UUID id, Instant windowStart) {
        return pool.preparedQuery(FACILITY + " where f.id = $2")
                .execute(Tuple.of(windowStart.atOffset(ZoneOffset.UTC), id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(facility(rows.iterator().next())));
    }

    /** The appeals naming it, newest first (at most 100). */
    public Uni<List<Appeal>> appeals(UUID id) {
        return pool.preparedQuery("""
                        select * from registry_appeal where facility_id = $1
                        order by submitted_at desc nulls last limit 100
                        """).execute(Tuple.of(id)).map(rows -> {
                    List<Appeal> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new Appeal(row.getUUID("appeal_id"), row.getString("reference"),
                                row.getString("category"), instant(row, "submitted_at"), row.getBoolean("open"),
                                row.getString("outcome"), instant(row, "resolved_at")));
                    }
                    return items;
                });
    }

    private static Facility facility(Row row) {
        return new Facility(row.getUUID("id"), row.getString("code"), row.getString("class_code"),
                row.getString("name"), row.getString("building_id"), row.getInteger("floor"),
                row.getDouble("latitude"), row.getDouble("longitude"), row.getUUID("maintainer_id"),
                row.getString("department"), row.getString("status"), instant(row, "status_since"),
                row.getInteger("faults"), row.getLong("version"));
    }

    private static Instant instant(Row row, String column) {
        return row.getOffsetDateTime(column) == null ? null : row.getOffsetDateTime(column).toInstant();
    }
}
