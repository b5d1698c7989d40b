package gridloop.dispatch.assignment;

import gridloop.dispatch.roster.DepartmentStatements;
import gridloop.events.catalogue.CategoryCatalogue;
import gridloop.events.catalogue.DepartmentCatalogue;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Dispatch follows the contract's catalogues (shared-events {@code catalogue/departments.json} and
 * {@code catalogue/categories.json}): at every start, after the migrations, the department and SLA tables are brought
 * in line with them, before the first appeal is assigned.
 */
@ApplicationScoped
public class CatalogueLoader {

    private final DepartmentStatements departments;
    private final CategorySlaStatements slas;

    CatalogueLoader(DepartmentStatements departments, CategorySlaStatements slas) {
        this.departments = departments;
        this.slas = slas;
    }

    void onStart(@Observes StartupEvent start) {
        // Departments first: a category refers to its department.
        departments.upsert(DepartmentCatalogue.all()).chain(() -> slas.upsert(CategoryCatalogue.all()))
                .await().atMost(Duration.ofSeconds(30));
    }
}
