package gridloop.dispatch.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.catalogue.CategoryCatalogue;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dispatch's SLA table is the contract's catalogue, and a row that drifted is put right at the next start. */
@QuarkusTest
class CatalogueFollowedTest {

    @Inject
    CatalogueLoader loader;
    @Inject
    Pool pool;

    private List<List<Object>> stored() {
        List<List<Object>> rows = new ArrayList<>();
        pool.query("select code, accept_within_hours, resolve_within_hours, department, department_first, "
                + "report_in_within_minutes from category_sla order by code").execute().await().indefinitely()
                .forEach(row -> rows.add(List.of(row.getString(0), row.getInteger(1), row.getInteger(2),
                        row.getString(3), row.getBoolean(4), row.getInteger(5))));
        return rows;
    }

    private static List<List<Object>> expected() {
        return CategoryCatalogue.all().stream().sorted(java.util.Comparator.comparing(CategoryCatalogue.Category::code))
                .map(c -> List.<Object>of(c.code(), c.acceptWithinHours(), c.resolveWithinHours(), c.department(),
                        c.departmentFirst(), c.reportInWithinMinutes())).toList();
    }

    @Test
    void theSlaTableIsTheCatalogue() {
        assertEquals(expected(), stored());
    }

    @Test
    void aRowChangedBehindTheCataloguesBackIsPutRightAtStart() {
        pool.query("update category_sla set resolve_within_hours = 999, department_first = true where code = 'NOISE'")
                .execute().await().indefinitely();
        loader.onStart(null);
        assertEquals(expected(), stored());
    }
}
