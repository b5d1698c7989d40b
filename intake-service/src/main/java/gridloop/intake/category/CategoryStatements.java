package gridloop.intake.category;

import gridloop.events.catalogue.CategoryCatalogue;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Writes the {@code category} table from the contract's catalogue. */
@ApplicationScoped
public class CategoryStatements {

    private final Pool pool;

    CategoryStatements(Pool pool) {
        this.pool = pool;
    }

    /** Each category as the catalogue says, added or updated; one the catalogue dropped stays for the appeals of it. */
    public Uni<Void> upsert(List<CategoryCatalogue.Category> categories) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        insert into category (code, name, name_zh, accept_within_hours, resolve_within_hours,
                                              escalation_department, sort_order)
                        values ($1, $2, $3, $4, $5, $6, $7)
                        on conflict (code) do update set name = excluded.name, name_zh = excluded.name_zh,
                            accept_within_hours = excluded.accept_within_hours,
                            resolve_within_hours = excluded.resolve_within_hours,
                            escalation_department = excluded.escalation_department, sort_order = excluded.sort_order""")
                .executeBatch(categories.stream().map(c -> Tuple.from(List.of(c.code(), c.name(), c.nameZh(),
                        c.acceptWithinHours(), c.resolveWithinHours(), c.department(), c.sortOrder()))).toList()))
                .replaceWithVoid();
    }
}
