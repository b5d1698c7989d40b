package gridloop.feedback.appeal;

import gridloop.events.lifecycle.AppealStatus;
import gridloop.events.EventType;
import gridloop.events.AppealClosed;
import gridloop.loopmetrics.AppealFacts;
import gridloop.support.outbox.OutboxWriter;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Duplicates an operator merged into an original: their reporters may rate the original, and they close (with
 * {@code closedBy: ORIGINAL} and a reference to it) when the original closes, or at once when they are merged into
 * one that is closed already. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class MergedAppeals {

    private final AppealRecordRepository appeals;
    private final OutboxWriter outbox;

    MergedAppeals(AppealRecordRepository appeals, OutboxWriter outbox) {
        this.appeals = appeals;
        this.outbox = outbox;
    }

    /** Whether the pseudonym reported a duplicate merged into this appeal. */
    public Uni<Boolean> isMergedReporter(UUID original, String pseudonym) {
        if (pseudonym == null) {
            return Uni.createFrom().item(false);
        }
        return appeals.reportedADuplicateOf(original, pseudonym);
    }

    /** The original just closed: close every duplicate merged into it. */
    public Uni<Void> closeMergedInto(AppealRecord original, Instant now) {
        return appeals.openDuplicatesOfForUpdate(original.appealId)
                .chain(duplicates -> Multi.createFrom().iterable(duplicates).onItem()
                        .transformToUniAndConcatenate(duplicate -> close(duplicate, original, now))
                        .collect().last().replaceWithVoid());
    }

    /** A duplicate arrived for an original feedback already closed: close it now. */
    public Uni<Void> closeIfOriginalClosed(AppealRecord duplicate) {
        return appeals.of(duplicate.mergedInto)
                .chain(original -> original == null || original.status != AppealStatus.CLOSED
                        ? Uni.createFrom().voidItem()
                        : close(duplicate, original, original.closedAt.isAfter(duplicate.updatedAt)
                                ? original.closedAt : duplicate.updatedAt));
    }

    private Uni<Void> close(AppealRecord duplicate, AppealRecord original, Instant at) {
        duplicate.step(EventType.APPEAL_CLOSED, at);
        duplicate.closedAt = at;
        duplicate.closedBy = AppealClosed.BY_ORIGINAL;
        duplicate.updatedAt = at;
        return outbox.append(new AppealClosed(duplicate.appealId, AppealClosed.BY_ORIGINAL, FeedbackSystem.ACTOR, at,
                        original.appealId, original.reference),
                AppealFacts.of(duplicate.category, duplicate.submittedAt)).replaceWithVoid();
    }
}
