package gridloop.intake.returnvisit;

import gridloop.events.Actor;
import gridloop.events.lifecycle.AppealStatus;
import gridloop.intake.appeal.Appeal;
import gridloop.intake.appeal.Channel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CallbackRepository implements PanacheRepositoryBase<Callback, UUID> {

    /** Puts the appeal in the queue unless it is (or was, this round) there. */
    public Uni<Void> enter(UUID appealId, Instant at) {
        return getSession().chain(session -> session.createNativeQuery(
                        "insert into callback (appeal_id, entered_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, appealId).setParameter(2, at).executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> leave(UUID appealId, String because, Instant at) {
        return update("leftAt = ?1, leftBecause = ?2 where appealId = ?3 and leftAt is null", at, because, appealId)
                .replaceWithVoid();
    }

    /** A reopened appeal starts a new round: its old entry goes, so it may enter again. */
    public Uni<Void> forget(UUID appealId) {
        return delete("appealId", appealId).replaceWithVoid();
    }

    public Uni<Callback> openForUpdate(UUID appealId) {
        return find("appealId = ?1 and leftAt is null", appealId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** The open entries, oldest first. */
    public Uni<List<Callback>> open(int page, int size) {
        return find("leftAt is null order by enteredAt, appealId").page(Page.of(page, size)).list();
    }

    public Uni<Long> openCount() {
        return count("leftAt is null");
    }

    /** Resolved, unrated appeals of residents not reminded yet, whose closure report is older than {@code before}. */
    public Uni<List<Appeal>> dueForReminder(Instant before, int limit) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        from Appeal a where a.status = :resolved and a.resolvedAt <= :before
                        and a.ratingRemindedAt is null and a.channel not in (:staff) order by a.resolvedAt""", Appeal.class)
                .setParameter("resolved", AppealStatus.RESOLVED).setParameter("before", before)
                .setParameter("staff", List.of(Channel.HOTLINE, Channel.PATROL)).setMaxResults(limit).getResultList());
    }

    /**
     * Resolved, unrated appeals that may be due for the queue and are not in it: a staff-recorded one (its caller is
     * called back at once), or a resident's that was reminded; the category's wait is the caller's to apply.
     */
    public Uni<List<Appeal>> waitingForQueue(int limit) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        from Appeal a where a.status = :resolved and a.resolvedAt is not null
                        and (a.channel in (:staff) or a.ratingRemindedAt is not null)
                        and not exists (select 1 from Callback c where c.appealId = a.id)
                        order by a.resolvedAt""", Appeal.class)
                .setParameter("resolved", AppealStatus.RESOLVED)
                .setParameter("staff", List.of(Channel.HOTLINE, Channel.PATROL)).setMaxResults(limit).getResultList());
    }

    public Uni<Void> recordCall(UUID appealId, Actor agent, CallOutcome outcome, Instant at) {
        return getSession().chain(session -> session.createNativeQuery("""
                        insert into callback_call (appeal_id, agent_role, agent_id, outcome, called_at)
                        values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, appealId).setParameter(2, agent.role()).setParameter(3, agent.id())
                .setParameter(4, outcome.name()).setParameter(5, at).executeUpdate()).replaceWithVoid();
    }
}
