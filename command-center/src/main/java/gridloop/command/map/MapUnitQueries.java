package gridloop.command.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import gridloop.support.i18n.Languages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The map's units with their live counts and latest rates, as GeoJSON: one query on the read model. */
@ApplicationScoped
public class MapUnitQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNITS = """
            with counts as (
                select level, id, count(*) as open, count(*) filter (where %s) as overdue
                from appeal_marker m
                cross join lateral (values ('grid', m.grid_id), ('community', m.community_id),
                                           ('street', m.street_id)) as u (level, id)
                where m.is_open and u.id is not null
                group by level, id
            )
            select u.unit_id, u.level, u.name, u.name_zh, u.parent_id, u.version, u.geometry::text as geometry,
                   coalesce(c.open, 0) as open, coalesce(c.overdue, 0) as overdue,
                   (select r.snapshot::text from unit_rate r where r.level = u.level and r.unit_id = u.unit_id
                    order by r.period_start desc limit 1) as latest_snapshot
            from map_unit u left join counts c on c.level = u.level and c.id = u.unit_id
            order by u.street_id, u.level, u.unit_id
            """.formatted(MarkerFilter.OVERDUE_SQL);

    private final Pool pool;

    MapUnitQueries(Pool pool) {
        this.pool = pool;
    }

    /** The map in force as a GeoJSON feature collection, each unit named in the reader's language. */
    public Uni<JsonNode> units(Locale reader) {
        return pool.query(UNITS).execute().map(rows -> {
            ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
            ArrayNode features = collection.putArray("features");
            rows.forEach(row -> features.add(feature(row, reader)));
            return collection;
        });
    }

    private static ObjectNode feature(Row row, Locale reader) {
        ObjectNode feature = JSON.createObjectNode().put("type", "Feature").put("id", row.getString("unit_id"));
        ObjectNode properties = feature.putObject("properties");
        properties.put("level", row.getString("level")).put("id", row.getString("unit_id"))
                .put("name", Languages.nameIn(reader, row.getString("name"), row.getString("name_zh")))
                .put("parent", row.getString("parent_id"))
                .put("version", row.getLong("version")).put("open", row.getLong("open"))
                .put("overdue", row.getLong("overdue"));
        properties.set("latestSnapshot", parse(row.getString("latest_snapshot")));
        feature.set("geometry", parse(row.getString("geometry")));
        return feature;
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? JSON.nullNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
