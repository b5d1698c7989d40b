package gridloop.feedback.evaluation;

import gridloop.events.GridUnit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The units' Chinese names, as the latest event named them ({@code unit_name}). */
@ApplicationScoped
public class UnitNameStatements {

    private final Pool pool;

    UnitNameStatements(Pool pool) {
        this.pool = pool;
    }

    /** In the caller's transaction: the Chinese names these units carry, if any (one statement after another). */
    public Uni<Void> remember(Collection<GridUnit> units) {
        List<GridUnit> named = units.stream().filter(Objects::nonNull)
                .filter(unit -> unit.names() != null && unit.names().get("zh-CN") != null).toList();
        if (named.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> Multi.createFrom().iterable(named).onItem()
                .transformToUniAndConcatenate(unit -> session.createNativeQuery("""
                                insert into unit_name (unit_id, name_zh) values (:id, :name)
                                on conflict (unit_id) do update set name_zh = excluded.name_zh""")
                        .setParameter("id", unit.id()).setParameter("name", unit.names().get("zh-CN"))
                        .executeUpdate())
                .collect().last()).replaceWithVoid();
    }

    /** The Chinese names of these units, by id (those that have one). */
    public Uni<Map<String, String>> chineseNames(Collection<String> unitIds) {
        return pool.preparedQuery("select unit_id, name_zh from unit_name where unit_id = any($1)")
                .execute(Tuple.of(unitIds.toArray(String[]::new))).map(rows -> {
                    Map<String, String> names = new HashMap<>();
                    for (Row row : rows) {
                        names.put(row.getString("unit_id"), row.getString("name_zh"));
                    }
                    return names;
                });
    }
}
