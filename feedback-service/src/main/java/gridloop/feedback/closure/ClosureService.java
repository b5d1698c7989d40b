package gridloop.feedback.closure;

import gridloop.support.i18n.Text;
import gridloop.events.lifecycle.AppealStatus;
import gridloop.events.EventType;
import java.util.Set;
import java.util.EnumSet;
import java.util.function.Predicate;
import gridloop.events.Actor;
import gridloop.events.AppealClosed;
import gridloop.support.security.RatingLinks;
import gridloop.support.security.Roles;
import gridloop.events.AppealRated;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.feedback.appeal.MergedAppeals;
import gridloop.feedback.appeal.AppealRecord;
import gridloop.feedback.appeal.AppealRecordRepository;
import gridloop.support.idempotency.IdempotencyGuard;
import gridloop.loopmetrics.AppealFacts;
import gridloop.support.outbox.OutboxWriter;
import gridloop.support.outbox.PublicationFacts;
import gridloop.feedback.department.DepartmentPartStatements;
import gridloop.support.problem.ApiException;
import gridloop.feedback.messages.FeedbackMessages;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Closure reports and ratings; each commits with its events through the outbox. Both take an
 * {@code Idempotency-Key}: a phone retrying after a lost answer gets the first answer, not a 409.
 */
@ApplicationScoped
public class ClosureService {

    /** A handler may report closure while somebody has it in hand (not before it is assigned, nor once over). */
    private static final Set<AppealStatus> ACCEPTS_CLOSURE =
            EnumSet.of(AppealStatus.ASSIGNED, AppealStatus.ACCEPTED, AppealStatus.ESCALATED, AppealStatus.REOPENED);

    static final String CLOSED_BY_RESIDENT = "RESIDENT";
    static final String CLOSED_BY_TIMEOUT = "TIMEOUT";

    private final RatingRepository ratings;
    private final ClosureRepository closures;
    private final AppealRecordRepository appeals;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final IdempotencyGuard idempotency;
    private final MergedAppeals merged;
    private final DepartmentPartStatements departmentParts;
    private final RatingLinks links;
    private final UsedRatingLinkStatements usedLinks;

    ClosureService(RatingRepository ratings, ClosureRepository closures, AppealRecordRepository appeals, OutboxWriter outbox, Clock clock, IdempotencyGuard idempotency,
            MergedAppeals merged, DepartmentPartStatements departmentParts, RatingLinks links, UsedRatingLinkStatements usedLinks) {
        this.links = links;
        this.usedLinks = usedLinks;
        this.ratings = ratings;
        this.closures = closures;
        this.appeals = appeals;
        this.outbox = outbox;
        this.clock = clock;
        this.idempotency = idempotency;
        this.merged = merged;
        this.departmentParts = departmentParts;
    }

    @WithSession
    public Uni<FeedbackView> view(UUID appealId, FeedbackAccess access) {
        return orFollower(appeals.findById(appealId), appealId, access, access::maySee).map(FeedbackView::of);
    }

    @WithTransaction
    public Uni<FeedbackView> reportClosure(UUID appealId, ClosureRequest request, FeedbackAccess access,
            String idempotencyKey) {
        // Keys are per caller: a replayed key answers only the caller who first used it.
        return idempotency.once("feedback.closure:" + appealId + ":" + access.actor().id(), idempotencyKey, request,
                FeedbackView.class, () -> reportClosure(appealId, request, access));
    }

    @WithTransaction
    public Uni<FeedbackView> rate(UUID appealId, RatingRequest request, FeedbackAccess access, String idempotencyKey) {
        return idempotency.once("feedback.rating:" + appealId + ":" + access.actor().id(), idempotencyKey, request,
                FeedbackView.class, () -> rateFrom(appealId, request, access, AppealRated.APP));
    }

    /**
     * A rating by the link of the "please rate" message: the token says which appeal and whose, and until when. A
     * token that is not one of ours, or names another appeal, is refused (403); an expired or used one is gone (410).
     * Then the same rules as in the app: its reporter, once per closure round. The token's hash is kept in the same
     * transaction, so a rating that is refused leaves the link usable.
     */
    @WithTransaction
    public Uni<FeedbackView> rateByLink(UUID appealId, String token, RatingRequest request) {
        RatingLinks.Grant grant = links.read(token).filter(g -> g.appealId().equals(appealId))
                .orElseThrow(() -> new ApiException(403, "rating-link-refused",
                        Text.of(FeedbackMessages.class, FeedbackMessages::ratingLinkRefused),
                        Text.of(FeedbackMessages.class, FeedbackMessages::ratingLinkRefusedDetail), null, null));
        Instant now = clock.instant();
        if (grant.expiredAt(now)) {
            throw gone(FeedbackMessages::ratingLinkExpired);
        }
        return usedLinks.claim(RatingLinks.fingerprint(token), appealId, now).chain(first -> {
            if (!first) {
                throw gone(FeedbackMessages::ratingLinkUsed);
            }
            FeedbackAccess reporter = new FeedbackAccess(false, null, null, grant.reporter(),
                    new Actor(Roles.RESIDENT, grant.reporter()), null);
            return rateFrom(appealId, request, reporter, AppealRated.LINK);
        });
    }

    /**
     * A return visit (回访): the hotline reached the resident, who gave their verdict over the phone. The agent is
     * the actor, the source CALLBACK; the rules are the app's (the appeal resolved, once per closure round).
     */
    @WithTransaction
    public Uni<FeedbackView> rateOnBehalf(UUID appealId, RatingRequest request, Actor agent, String agentName) {
        return known(appealId, record -> true).chain(record -> rateFrom(appealId, request,
                new FeedbackAccess(false, null, null, record.reporterRef, agent, agentName), AppealRated.CALLBACK));
    }

    private static ApiException gone(java.util.function.Function<FeedbackMessages, String> why) {
        return new ApiException(410, "rating-link-gone", Text.of(FeedbackMessages.class, FeedbackMessages::ratingLinkGone),
                Text.of(FeedbackMessages.class, why), null, null);
    }

    private Uni<FeedbackView> reportClosure(UUID appealId, ClosureRequest request, FeedbackAccess access) {
        if (!request.hasReasonIfNeeded()) {
            throw ApiException.badRequest(Text.of(FeedbackMessages.class, FeedbackMessages::notFixableSaysWhy),
                    ApiException.violation("outcomeReason",
                            Text.of(FeedbackMessages.class, FeedbackMessages::reasonRequiredWhenNotFixable)));
        }
        return known(appealId, access::mayHandle).chain(record -> {
            if (!ACCEPTS_CLOSURE.contains(record.status)) {
                throw ApiException.conflict(Text.of(FeedbackMessages.class, m -> m.closureNotNow(record.status.name())));
            }
            Instant now = clock.instant();
            record.closureRound++;
            record.step(EventType.APPEAL_RESOLVED, now);
            record.resolvedAt = now;
            record.firstResolvedAt = record.firstResolvedAt == null ? now : record.firstResolvedAt;
            record.updatedAt = now;
            Closure closure = new Closure();
            closure.appealId = appealId;
            closure.round = record.closureRound;
            closure.resolution = request.resolution();
            closure.mediaUrls = request.mediaUrls() == null ? List.of() : request.mediaUrls();
            // Who handled it comes from the token, not from the body.
            closure.handledBy = access.displayName();
            closure.reportedAt = now;
            closure.outcome = request.outcomeOrFixed().name();
            closure.outcomeReason = request.outcomeOrFixed() == ClosureOutcome.NOT_FIXABLE ? request.outcomeReason() : null;
            record.outcome = closure.outcome;
            record.handledBy = closure.handledBy;
            // A closure while a department leads is that department's part, whoever reports it.
            Uni<Void> leadPart = record.department == null ? Uni.createFrom().voidItem()
                    : departmentParts.closureReported(appealId, record.department, now);
            return closures.add(closure)
                    .chain(() -> leadPart)
                    .chain(() -> outbox.append(new AppealResolved(appealId, closure.resolution, closure.mediaUrls,
                            closure.handledBy, closure.round, access.actor(), now, closure.outcome,
                            closure.outcomeReason, request.photosOrNone()), facts(record)))
                    .replaceWith(FeedbackView.of(record));
        });
    }

    private Uni<FeedbackView> rateFrom(UUID appealId, RatingRequest request, FeedbackAccess access, String source) {
        return rater(appealId, access).chain(record -> {
            if (record.status != AppealStatus.RESOLVED) {
                throw ApiException.conflict(Text.of(FeedbackMessages.class, m -> m.ratingNotNow(record.status.name())));
            }
            Instant now = clock.instant();
            Rating rating = new Rating();
            rating.appealId = appealId;
            rating.round = record.closureRound;
            rating.satisfaction = request.satisfaction();
            rating.resolved = request.resolved();
            rating.comment = request.comment();
            rating.ratedAt = now;
            rating.source = source;
            AppealRated rated = new AppealRated(appealId, rating.satisfaction, rating.resolved, rating.comment,
                    rating.round, access.actor(), now, source);
            record.updatedAt = now;
            record.addRating(rating.satisfaction, rating.satisfied());
            Uni<?> outcome;
            if (rating.resolved) {
                record.step(EventType.APPEAL_CLOSED, now.plusNanos(1000));
                record.closedAt = now;
                record.closedBy = CLOSED_BY_RESIDENT;
                outcome = outbox.append(rated, facts(record)).chain(() -> outbox.append(
                        new AppealClosed(appealId, CLOSED_BY_RESIDENT, access.actor(), now.plusNanos(1000)), facts(record)))
                        .chain(() -> merged.closeMergedInto(record, now.plusNanos(2000)));
            } else {
                record.step(EventType.APPEAL_REOPENED, now.plusNanos(1000));
                record.reopenCount++;
                outcome = outbox.append(rated, facts(record)).chain(() -> outbox.append(
                        new AppealReopened(appealId, record.reopenCount, access.actor(), now.plusNanos(1000)),
                        facts(record)));
            }
            return ratings.add(rating).chain(() -> outcome).replaceWith(FeedbackView.of(record));
        });
    }

    private static PublicationFacts facts(AppealRecord record) {
        return AppealFacts.of(record.category, record.submittedAt);
    }

    /** The reporter rates, or the reporter of a duplicate merged into it: they follow it. */
    private Uni<AppealRecord> rater(UUID appealId, FeedbackAccess access) {
        return orFollower(appeals.findForUpdate(appealId), appealId, access, access::isReporterOf);
    }

    /**
     * The appeal when the caller is {@code allowed} to it, or reported a duplicate merged into it; else 404, as if
     * it did not exist.
     */
    private Uni<AppealRecord> orFollower(Uni<AppealRecord> found, UUID appealId, FeedbackAccess access,
            Predicate<AppealRecord> allowed) {
        return found.chain(record -> record != null && !allowed.test(record)
                        ? merged.isMergedReporter(appealId, access.pseudonym()).map(follower -> follower ? record : null)
                        : Uni.createFrom().item(record))
                .map(record -> {
                    if (record == null) {
                        throw ApiException.notFound(appealId);
                    }
                    return record;
                });
    }

    private Uni<AppealRecord> known(UUID appealId, Predicate<AppealRecord> allowed) {
        return appeals.findForUpdate(appealId).map(record -> {
            if (record == null || !allowed.test(record)) {
                throw ApiException.notFound(appealId);
            }
            return record;
        });
    }

}
