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

    /** Records a supporter once; true when it was new. */
    public Uni<Boolean> addSupporter(UUID appealId, String supporter, java.time.Instant at) {
        return getSession().chain(session -> session.createNativeQuery(
                        "insert into appeal_supporter (appeal_id, supporter, supported_at) values (?1, ?2, ?3) "
                                + "on conflict do nothing")
                .setParameter(1, appealId).setParameter(2, supporter).setParameter(3, at)
                .executeUpdate()).map(inserted -> inserted > 0);
    }

    /** The appeals one account submitted, newest first. */
    public Uni<List<Appeal>> byAccount(String subject, AppealStatus status, int page, int size) {
        return accountQuery(subject, status).page(Page.of(page, size)).list();
    }

    public Uni<Long> countByAccount(String subject, AppealStatus status) {
        return accountQuery(subject, status).count();
    }

    private io.quarkus.hibernate.reactive.panache.PanacheQuery<Appeal> accountQuery(String subject, AppealStatus status) {
        Sort newestFirst = Sort.descending("submittedAt").and("id");
        return status == null ? find("reporterSub", newestFirst, subject)
                : find("reporterSub = ?1 and status = ?2", newestFirst, subject, status);
    }

    private io.quarkus.hibernate.reactive.panache.PanacheQuery<Appeal> reporterQuery(String reporterPhone,
            AppealStatus status) {
        Sort newestFirst = Sort.descending("submittedAt").and("id");
        return status == null ? find("reporterPhone", newestFirst, reporterPhone)
                : find("reporterPhone = ?1 and status = ?2", newestFirst, reporterPhone, status);
    }
}
