package gridloop.registry.map;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.events.GridMapInForce;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Keeps {@code map_unit} as the map in force (gridloop.grid-maps): a street's record replaces that street's units; a
 * record of an older version than the street's units is ignored. The registry never edits the map: outlines and
 * where a building lies are the map's facts (docs/architecture.md).
 */
@ApplicationScoped
public class MapUnitStatements {

    public Uni<Void> apply(GridMapInForce map) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select coalesce(max(version), -1) from map_unit where street_id = :street", Long.class)
                .setParameter("street", map.streetId()).getSingleResult()
                .chain(stored -> stored > map.version() ? Uni.createFrom().voidItem() : replace(session, map)));
    }

    private static Uni<Void> replace(Mutiny.Session session, GridMapInForce map) {
        List<JsonNode> features = new ArrayList<>();
        if (map.map() != null) {
            map.map().path("features").forEach(features::add);
        }
        return session.createNativeQuery("delete from map_unit where street_id = :street")
                .setParameter("street", map.streetId()).executeUpdate()
                .chain(() -> Multi.createFrom().iterable(features).onItem()
                        .transformToUniAndConcatenate(feature -> insert(session, map, feature))
                        .collect().asList())
                .replaceWithVoid();
    }

    private static Uni<Integer> insert(Mutiny.Session session, GridMapInForce map, JsonNode feature) {
        JsonNode properties = feature.path("properties");
        double[] centre = Outlines.centre(feature.path("geometry"));
        return session.createNativeQuery("""
                        insert into map_unit (unit_id, level, parent_id, street_id, name, name_zh, centre_lat,
                                              centre_lon, version)
                        values (:id, :level, :parent, :street, :name, :nameZh, :lat, :lon, :version)
                        on conflict (unit_id) do update set level = excluded.level, parent_id = excluded.parent_id,
                            street_id = excluded.street_id, name = excluded.name, name_zh = excluded.name_zh,
                            centre_lat = excluded.centre_lat, centre_lon = excluded.centre_lon,
                            version = excluded.version
                        """)
                .setParameter("id", properties.path("id").asText())
                .setParameter("level", properties.path("level").asText())
                .setParameter("parent", text(properties.path("parent")))
                .setParameter("street", map.streetId())
                .setParameter("name", text(properties.path("name")))
                .setParameter("nameZh", text(properties.path("names").path("zh-CN")))
                .setParameter("lat", centre == null ? null : centre[0])
                .setParameter("lon", centre == null ? null : centre[1])
                .setParameter("version", map.version())
                .executeUpdate();
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
