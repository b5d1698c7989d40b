package gridloop.intake.appeal;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    /** The appeals given under a reporter's phone number, newest first, optionally only those in one status. */
    public PanacheQuery<Appeal> byReporterPhone(String reporterPhone, AppealStatus status) {
        return newestFirst("reporterPhone", reporterPhone, status);
    }

    /** The appeals one account submitted, newest first, optionally only those in one status. */
    public PanacheQuery<Appeal> byAccount(String subject, AppealStatus status) {
        return newestFirst("reporterSub", subject, status);
    }

    /** Records a supporter once; true when it was new. */
    public Uni<Boolean> addSupporter(UUID appealId, String supporter, java.time.Instant at) {
        return getSession().chain(session -> session.createNativeQuery(
                        "insert into appeal_supporter (appeal_id, supporter, supported_at) values (?1, ?2, ?3) "
                                + "on conflict do nothing")
                .setParameter(1, appealId).setParameter(2, supporter).setParameter(3, at)
                .executeUpdate()).map(inserted -> inserted > 0);
    }

    private PanacheQuery<Appeal> newestFirst(String property, String value, AppealStatus status) {
        Sort newestFirst = Sort.descending("submittedAt").and("id");
        return status == null ? find(property, newestFirst, value)
                : find(property + " = ?1 and status = ?2", newestFirst, value, status);
    }
}
