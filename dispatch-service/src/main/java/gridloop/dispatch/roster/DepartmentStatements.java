package gridloop.dispatch.roster;

import gridloop.events.catalogue.DepartmentCatalogue;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Writes the {@code department} table from the contract's catalogue. */
@ApplicationScoped
public class DepartmentStatements {

    private final Pool pool;

    DepartmentStatements(Pool pool) {
        this.pool = pool;
    }

    /** Each department named as the catalogue names it, added or updated. */
    public Uni<Void> upsert(List<DepartmentCatalogue.Department> departments) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        insert into department (code, name, name_zh) values ($1, $2, $3)
                        on conflict (code) do update set name = excluded.name, name_zh = excluded.name_zh""")
                .executeBatch(departments.stream()
                        .map(d -> Tuple.of(d.code(), d.name(), d.nameIn("zh-CN"))).toList()))
                .replaceWithVoid();
    }
}
