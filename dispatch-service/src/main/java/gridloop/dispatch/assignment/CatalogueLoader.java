package gridloop.dispatch.assignment;

import gridloop.events.catalogue.CategoryCatalogue;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Dispatch follows the contract's category catalogue (shared-events {@code catalogue/categories.json}): at every
 * start, after the migrations, the SLA table is brought in line with it, before the first appeal is assigned.
 */
@ApplicationScoped
public class CatalogueLoader {

    private final CategorySlaStatements slas;

    CatalogueLoader(CategorySlaStatements slas) {
        this.slas = slas;
    }

    void onStart(@Observes StartupEvent start) {
        slas.upsert(CategoryCatalogue.all()).await().atMost(Duration.ofSeconds(30));
    }
}
