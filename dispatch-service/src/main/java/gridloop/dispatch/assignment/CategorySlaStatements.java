package gridloop.dispatch.assignment;

import gridloop.events.catalogue.CategoryCatalogue;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Writes the {@code category_sla} table from the contract's catalogue. */
@ApplicationScoped
public class CategorySlaStatements {

    private final Pool pool;

    CategorySlaStatements(Pool pool) {
        this.pool = pool;
    }

    /** Each category's clocks and department as the catalogue says, added or updated. */
    public Uni<Void> upsert(List<CategoryCatalogue.Category> categories) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        insert into category_sla (code, accept_within_hours, resolve_within_hours, department,
                                                  department_first, report_in_within_minutes)
                        values ($1, $2, $3, $4, $5, $6)
                        on conflict (code) do update set accept_within_hours = excluded.accept_within_hours,
                            resolve_within_hours = excluded.resolve_within_hours, department = excluded.department,
                            department_first = excluded.department_first,
                            report_in_within_minutes = excluded.report_in_within_minutes""")
                .executeBatch(categories.stream().map(c -> Tuple.from(List.of(c.code(), c.acceptWithinHours(),
                        c.resolveWithinHours(), c.department(), c.departmentFirst(), c.reportInWithinMinutes())))
                        .toList()))
                .replaceWithVoid();
    }
}
