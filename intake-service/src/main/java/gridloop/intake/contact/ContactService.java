package gridloop.intake.contact;

import gridloop.intake.appeal.Appeal;
import gridloop.intake.appeal.AppealRepository;
import gridloop.support.problem.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The one rule of who may read a reporter's contact besides the reporter: the grid worker who holds the appeal's task
 * and the department it was escalated to, while they hold it (intake follows who that is from dispatch's events), for
 * a stated purpose. Each read is written to {@code contact_read} in the same transaction that answers it, and logged
 * without the contact itself. Anyone else, and a holder once the task has moved on, is told the appeal does not exist.
 */
@ApplicationScoped
public class ContactService {

    private static final Logger LOG = Logger.getLogger(ContactService.class);

    private final AppealRepository appeals;
    private final ContactReadStatements reads;
    private final Clock clock;

    ContactService(AppealRepository appeals, ContactReadStatements reads, Clock clock) {
        this.appeals = appeals;
        this.reads = reads;
        this.clock = clock;
    }

    /** A holder: a grid worker (its roster id) or department staff (the department's code). */
    public record Holder(String role, String id, boolean department) {
    }

    @WithTransaction
    public Uni<ReporterContact> read(UUID appealId, Holder holder, String purpose) {
        return appeals.findById(appealId).chain(appeal -> {
            if (appeal == null || !holds(appeal, holder)) {
                throw ApiException.notFound(appealId);
            }
            Instant now = clock.instant();
            return reads.record(appealId, holder, purpose, now).map(ignored -> {
                LOG.infof("Reporter contact of appeal %s read by %s %s, purpose: %s", appealId, holder.role(),
                        holder.id(), purpose);
                return new ReporterContact(appealId, appeal.reporterName, appeal.reporterPhone, purpose, now);
            });
        });
    }

    static boolean holds(Appeal appeal, Holder holder) {
        return appeal.status.isOpen() && appeal.heldBy(holder.department(), holder.id());
    }
}
