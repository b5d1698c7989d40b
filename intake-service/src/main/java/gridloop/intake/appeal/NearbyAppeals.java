package gridloop.intake.appeal;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Open appeals of the same category near a point, as possible duplicates. The database narrows to a
 * bounding box (indexed), then keeps those within the radius by the haversine great-circle distance on
 * a sphere of radius 6,371,008.8 m (error well under 0.5 % at this scale, far below GPS error).
 */
@ApplicationScoped
public class NearbyAppeals {

    private static final double METERS_PER_DEGREE_LATITUDE = 111_320.0;

    private final double radiusMeters;

    NearbyAppeals(@ConfigProperty(name = "gridloop.duplicates.radius-meters", defaultValue = "50") double radiusMeters) {
        this.radiusMeters = radiusMeters;
    }

    public record Ref(UUID id, String reference) {
    }

    public Uni<List<Ref>> openNear(String category, double latitude, double longitude, UUID except) {
        double dLat = radiusMeters / METERS_PER_DEGREE_LATITUDE;
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select id, reference from appeal
                        where category = :category and status not in ('CLOSED', 'REJECTED', 'WITHDRAWN')
                          and latitude between :minLat and :maxLat and longitude between :minLon and :maxLon
                          and id <> :except
                          and 2 * 6371008.8 * asin(sqrt(
                                power(sin(radians(latitude - :lat) / 2), 2)
                              + cos(radians(:lat)) * cos(radians(latitude)) * power(sin(radians(longitude - :lon) / 2), 2)
                              )) <= :radius
                        order by submitted_at
                        limit 10
                        """, Object[].class)
                .setParameter("category", category)
                .setParameter("minLat", latitude - dLat).setParameter("maxLat", latitude + dLat)
                .setParameter("minLon", longitude - dLon).setParameter("maxLon", longitude + dLon)
                .setParameter("lat", latitude).setParameter("lon", longitude)
                .setParameter("radius", radiusMeters).setParameter("except", except)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new Ref((UUID) row[0], (String) row[1])).toList());
    }
}
