package gridloop.intake.category;

import gridloop.events.catalogue.CategoryCatalogue;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Intake follows the contract's category catalogue (shared-events {@code catalogue/categories.json}): at every
 * start, after the migrations, its table is brought in line with it, before the first request is served.
 */
@ApplicationScoped
public class CatalogueLoader {

    private static final Logger LOG = Logger.getLogger(CatalogueLoader.class);

    private final CategoryStatements categories;

    CatalogueLoader(CategoryStatements categories) {
        this.categories = categories;
    }

    void onStart(@Observes StartupEvent start) {
        categories.upsert(CategoryCatalogue.all()).await().atMost(Duration.ofSeconds(30));
        LOG.debugf("Loaded %d categories from the contract's catalogue", CategoryCatalogue.all().size());
    }
}
