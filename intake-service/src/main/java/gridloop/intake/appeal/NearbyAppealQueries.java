package gridloop.intake.appeal;

import gridloop.events.lifecycle.AppealStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Open appeals of the same category near a point, as possible duplicates. The database narrows to a
 * bounding box (indexed), then keeps those within the radius by the haversine great-circle distance on
 * a sphere of radius 6,371,008.8 m (error well under 0.5 % at this scale, far below GPS error).
 */
@ApplicationScoped
public class NearbyAppealQueries {

    private static final double METERS_PER_DEGREE_LATITUDE = 111_320.0;

    private static final String OPEN_NEAR = """
            select id, reference, status, supporters, distance from (
              select id, reference, status, supporters, submitted_at, 2 * 6371008.8 * asin(sqrt(
                    power(sin(radians(latitude - $6) / 2), 2)
                  + cos(radians($6)) * cos(radians(latitude)) * power(sin(radians(longitude - $7) / 2), 2)
                  )) as distance
              from appeal
              where category = $1 and status not in ('CLOSED', 'REJECTED', 'WITHDRAWN')
                and latitude between $2 and $3 and longitude between $4 and $5) near
            where distance <= $8
            order by submitted_at
            limit 10""";

    private final Pool pool;
    private final double radiusMeters;

    NearbyAppealQueries(Pool pool,
            @ConfigProperty(name = "gridloop.duplicates.radius-meters", defaultValue = "50") double radiusMeters) {
        this.pool = pool;
        this.radiusMeters = radiusMeters;
    }

    /**
     * What a stranger may see of a possible duplicate: enough to add a "me too" (its id) and to tell it is the same
     * problem (category, how far, status, how many support it). Never its description, address or reporter.
     */
    public record Ref(UUID id, String reference, String category, AppealStatus status, long distanceMeters,
            long supporters) {
    }

    /**
     * Looked up on the pool before the submission's transaction (the new appeal is not stored yet, so it is not among
     * them): a transaction must not wait for a second connection, and a native query through the ORM added an entry to
     * Hibernate's query plan cache on every call.
     */
    public Uni<List<Ref>> openNear(String category, double latitude, double longitude) {
        double dLat = radiusMeters / METERS_PER_DEGREE_LATITUDE;
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        return pool.preparedQuery(OPEN_NEAR)
                .execute(Tuple.from(List.of(category, latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon,
                        latitude, longitude, radiusMeters)))
                .map(rows -> {
                    List<Ref> refs = new ArrayList<>();
                    rows.forEach(row -> refs.add(new Ref(row.getUUID("id"), row.getString("reference"), category,
                            AppealStatus.valueOf(row.getString("status")), Math.round(row.getDouble("distance")),
                            row.getInteger("supporters"))));
                    return refs;
                });
    }
}
