package gridloop.command.map;

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
 * Keeps {@code map_unit} as the map in force: a street's record replaces that street's units (an empty one
 * removes them). A record of an older version than the street's units is ignored.
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
        map.map().path("features").forEach(features::add);
        return session.createNativeQuery("delete from map_unit where street_id = :street")
                .setParameter("street", map.streetId()).executeUpdate()
                .chain(() -> Multi.createFrom().iterable(features).onItem()
                        .transformToUniAndConcatenate(feature -> insert(session, map, feature))
                        .collect().last())
                .replaceWithVoid();
    }

    private static Uni<Integer> insert(Mutiny.Session session, GridMapInForce map, JsonNode feature) {
        JsonNode properties = feature.path("properties");
        return session.createNativeQuery("""
                        insert into map_unit (unit_id, level, name, name_zh, parent_id, street_id, geometry, version)
                        values (:id, :level, :name, :nameZh, :parent, :street, cast(cast(:geometry as text) as jsonb),
                                :version)
                        on conflict (unit_id) do update set level = excluded.level, name = excluded.name,
                            name_zh = excluded.name_zh,
                            parent_id = excluded.parent_id, street_id = excluded.street_id,
                            geometry = excluded.geometry, version = excluded.version
                        """)
                .setParameter("id", properties.path("id").asText())
                .setParameter("level", properties.path("level").asText())
                .setParameter("name", text(properties.path("name")))
                .setParameter("nameZh", text(properties.path("names").path("zh-CN")))
                .setParameter("parent", text(properties.path("parent")))
                .setParameter("street", map.streetId())
                .setParameter("geometry", feature.path("geometry").toString())
                .setParameter("version", map.version())
                .executeUpdate();
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
