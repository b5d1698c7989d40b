package gridloop.command.map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the map shows in view: the open appeals in the box, as markers when there are at most
 * {@code gridloop.command.map.max-markers}, else as clusters counted by PostgreSQL on a grid of cells sized by
 * the zoom (a few per screen tile). Either way the answer is bounded, however many appeals are open.
 */
@ApplicationScoped
public class MapQueries {

    private final Pool pool;
    private final int maxMarkers;

    MapQueries(Pool pool, @ConfigProperty(name = "gridloop.command.map.max-markers") int maxMarkers) {
        this.pool = pool;
        this.maxMarkers = maxMarkers;
    }

    public record Marker(String appealId, String reference, String category, String status, double latitude,
            double longitude, String gridId, String communityId, String assigneeName, String queue, String department,
            boolean overdue, OffsetDateTime submittedAt) {
    }

    public record Cluster(double latitude, double longitude, long count, long overdue) {
    }

    /** {@code mode} is {@code markers} or {@code clusters}; {@code total} the open appeals in view. */
    public record InView(String mode, long total, List<Marker> markers, List<Cluster> clusters) {
    }

    public Uni<InView> inView(MarkerFilter filter, int zoom) {
        MarkerFilter.Sql sql = filter.toSql();
        Tuple parameters = Tuple.tuple(sql.parameters());
        return pool.preparedQuery("select count(*) as n from appeal_marker where " + sql.where()).execute(parameters)
                .map(rows -> rows.iterator().next().getLong("n"))
                .chain(total -> total <= maxMarkers ? markers(sql, parameters, total) : clusters(sql, parameters, total, zoom));
    }

    private Uni<InView> markers(MarkerFilter.Sql sql, Tuple parameters, long total) {
        return pool.preparedQuery("select appeal_id, reference, category, status, latitude, longitude, grid_id, "
                        + "community_id, assignee_name, queue, department, submitted_at, "
                        + MarkerFilter.OVERDUE_SQL + " as overdue from appeal_marker where " + sql.where()
                        + " order by submitted_at desc nulls last, appeal_id limit " + maxMarkers)
                .execute(parameters).map(rows -> {
                    List<Marker> markers = new ArrayList<>();
                    rows.forEach(row -> markers.add(marker(row)));
                    return new InView("markers", total, markers, List.of());
                });
    }

    private Uni<InView> clusters(MarkerFilter.Sql sql, Tuple parameters, long total, int zoom) {
        // A web map tile spans 360 / 2^zoom degrees of longitude; four cells across a tile.
        double cell = 360.0 / Math.pow(2, Math.max(0, Math.min(zoom, 22))) / 4;
        return pool.preparedQuery("select avg(latitude) as latitude, avg(longitude) as longitude, count(*) as n, "
                        + "count(*) filter (where " + MarkerFilter.OVERDUE_SQL + ") as overdue from appeal_marker where "
                        + sql.where() + " group by floor(longitude / " + cell + "), floor(latitude / " + cell + ")")
                .execute(parameters).map(rows -> {
                    List<Cluster> clusters = new ArrayList<>();
                    rows.forEach(row -> clusters.add(new Cluster(row.getDouble("latitude"), row.getDouble("longitude"),
                            row.getLong("n"), row.getLong("overdue"))));
                    return new InView("clusters", total, List.of(), clusters);
                });
    }

    private static Marker marker(Row row) {
        return new Marker(row.getUUID("appeal_id").toString(), row.getString("reference"), row.getString("category"),
                row.getString("status"), row.getDouble("latitude"), row.getDouble("longitude"), row.getString("grid_id"),
                row.getString("community_id"), row.getString("assignee_name"), row.getString("queue"),
                row.getString("department"), row.getBoolean("overdue"), row.getOffsetDateTime("submitted_at"));
    }
}
