package gridloop.intake.appeal;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    public Uni<List<Appeal>> byReporter(String reporterPhone, int page, int size) {
        return find("reporterPhone", Sort.descending("submittedAt"), reporterPhone).page(Page.of(page, size)).list();
    }

    public Uni<Long> countByReporter(String reporterPhone) {
        return count("reporterPhone", reporterPhone);
    }
}
