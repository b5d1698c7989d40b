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

    /** A reporter's appeals, newest first, optionally only those in one status. */
    public Uni<List<Appeal>> byReporter(String reporterPhone, AppealStatus status, int page, int size) {
        return reporterQuery(reporterPhone, status).page(Page.of(page, size)).list();
    }

    public Uni<Long> countByReporter(String reporterPhone, AppealStatus status) {
        return reporterQuery(reporterPhone, status).count();
    }

    private io.quarkus.hibernate.reactive.panache.PanacheQuery<Appeal> reporterQuery(String reporterPhone,
            AppealStatus status) {
        Sort newestFirst = Sort.descending("submittedAt").and("id");
        return status == null ? find("reporterPhone", newestFirst, reporterPhone)
                : find("reporterPhone = ?1 and status = ?2", newestFirst, reporterPhone, status);
    }
}
