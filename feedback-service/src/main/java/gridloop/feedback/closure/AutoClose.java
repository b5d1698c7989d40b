package gridloop.feedback.closure;

import gridloop.events.EventType;
import gridloop.feedback.appeal.MergedAppeals;
import gridloop.events.AppealClosed;
import gridloop.loopmetrics.AppealFacts;
import gridloop.support.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Closes a resolved appeal nobody rated within {@code gridloop.feedback.auto-close-after} (7 days) with
 * {@code closedBy: TIMEOUT}; no rating is recorded, so it counts as closed but unrated, never as satisfied.
 * Rows are locked and the status re-checked by PostgreSQL after a wait, so with two instances (or a rating
 * arriving at the same moment) an appeal is closed once.
 */
@ApplicationScoped
public class AutoClose {

    private static final Logger LOG = Logger.getLogger(AutoClose.class);
    private static final int BATCH = 200;

    private final gridloop.feedback.appeal.AppealRecordRepository appeals;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final Duration window;
    private final MergedAppeals merged;

    AutoClose(gridloop.feedback.appeal.AppealRecordRepository appeals, OutboxWriter outbox, Clock clock,
            @ConfigProperty(name = "gridloop.feedback.auto-close-after", defaultValue = "P7D") Duration window,
            MergedAppeals merged) {
        this.appeals = appeals;
        this.merged = merged;
        this.outbox = outbox;
        this.clock = clock;
        this.window = window;
    }

    @Scheduled(every = "${gridloop.feedback.auto-close.check-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithTransaction
    public Uni<Void> closeUnrated() {
        Instant now = clock.instant();
        return appeals.resolvedUnratedBefore(now.minus(window), BATCH)
                .chain(records -> Multi.createFrom().iterable(records).onItem().transformToUniAndConcatenate(record -> {
                    record.step(EventType.APPEAL_CLOSED, now);
                    record.closedAt = now;
                    record.closedBy = ClosureService.CLOSED_BY_TIMEOUT;
                    record.updatedAt = now;
                    LOG.infof("Auto-closing unrated appeal=%s resolved at %s", record.appealId, record.resolvedAt);
                    return outbox.append(new AppealClosed(record.appealId, ClosureService.CLOSED_BY_TIMEOUT,
                            FeedbackAccess.SYSTEM, now),
                            AppealFacts.of(record.category, record.submittedAt))
                            .chain(() -> merged.closeMergedInto(record, now.plusNanos(1000)));
                }).collect().last().replaceWithVoid());
    }
}
