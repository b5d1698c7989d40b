package gridloop.intake.returnvisit;

import gridloop.events.Actor;
import gridloop.intake.appeal.Appeal;
import gridloop.intake.appeal.AppealRepository;
import gridloop.intake.contact.ContactReadStatements;
import gridloop.intake.contact.ContactService;
import gridloop.intake.messages.IntakeMessages;
import gridloop.intake.notification.Notifier;
import gridloop.support.i18n.Text;
import gridloop.support.problem.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The return visit (回访), the hotline's end of the loop: a resident who has not rated a closure report is reminded
 * after 24 h; still silent after the wait their category sets, their appeal enters the queue, where agents call them.
 * A hotline caller's appeal enters at once. Reached: the verdict is rated at feedback on the resident's behalf (source
 * CALLBACK, the agent as actor); refused, or unanswered three times: the appeal leaves the queue. A rating by any
 * route, or the closing, takes it out too; an appeal closed unrated counts as not reached.
 */
@ApplicationScoped
public class ReturnVisitService {

    private static final Logger LOG = Logger.getLogger(ReturnVisitService.class);
    static final int BATCH = 200;
    static final String PURPOSE = "return visit (回访)";

    private final CallbackRepository callbacks;
    private final AppealRepository appeals;
    private final Notifier notifier;
    private final ContactReadStatements contactReads;
    private final FeedbackClient feedback;
    private final ReturnVisitWaits waits;
    private final Clock clock;

    ReturnVisitService(CallbackRepository callbacks, AppealRepository appeals, Notifier notifier,
            ContactReadStatements contactReads, @RestClient FeedbackClient feedback, ReturnVisitWaits waits,
            Clock clock) {
        this.callbacks = callbacks;
        this.appeals = appeals;
        this.notifier = notifier;
        this.contactReads = contactReads;
        this.feedback = feedback;
        this.waits = waits;
        this.clock = clock;
    }

    /** Reminds every resident whose closure report waits unrated past the reminder's time; returns how many. */
    @WithTransaction
    public Uni<Integer> remindDue() {
        Instant now = clock.instant();
        return callbacks.dueForReminder(now.minus(waits.reminderAfter()), BATCH).chain(due -> Multi.createFrom()
                .iterable(due).onItem().transformToUniAndConcatenate(appeal -> {
                    appeal.ratingRemindedAt = now;
                    // Counted by id: Mutiny drops the null a Uni<Void> emits.
                    return notifier.remindToRate(appeal).replaceWith(appeal.id);
                }).collect().asList().map(List::size));
    }

    /** Puts in the queue every appeal whose wait is over; returns how many entered. */
    @WithTransaction
    public Uni<Integer> enterDue() {
        Instant now = clock.instant();
        return callbacks.waitingForQueue(BATCH).chain(waiting -> {
            List<Appeal> due = waiting.stream().filter(appeal -> appeal.reportedByStaff()
                    || !appeal.ratingRemindedAt.plus(waits.waitFor(appeal.category)).isAfter(now)).toList();
            return Multi.createFrom().iterable(due).onItem()
                    .transformToUniAndConcatenate(appeal -> callbacks.enter(appeal.id, now).replaceWith(appeal.id))
                    .collect().asList().map(List::size);
        });
    }

    /** A page of the queue for an agent; each phone on it is recorded as read, by whom and for the return visit. */
    @WithTransaction
    public Uni<CallbackQueue> queue(Actor agent, int page, int size) {
        Instant now = clock.instant();
        return callbacks.open(page, size).chain(open -> appeals.byIds(open.stream().map(c -> c.appealId).toList())
                .chain(found -> {
                    Map<UUID, Appeal> byId = found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                    List<CallbackView> items = open.stream().map(entry -> view(entry, byId.get(entry.appealId))).toList();
                    ContactService.Holder reader = new ContactService.Holder(agent.role(), agent.id(), false);
                    return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(item ->
                                    contactReads.record(item.appealId(), reader, PURPOSE, now))
                            .collect().asList()
                            .chain(() -> callbacks.openCount())
                            .map(waiting -> new CallbackQueue(items, waiting, page, size));
                }));
    }

    private static CallbackView view(Callback entry, Appeal appeal) {
        return new CallbackView(entry.appealId, appeal.reference, appeal.category, appeal.description, appeal.address,
                appeal.channel.name(), appeal.resolvedAt, entry.enteredAt, entry.noAnswers, appeal.reporterName,
                appeal.reporterPhone);
    }

    /**
     * Records a call. A reached resident's verdict is rated at feedback first, with the agent's token: feedback's
     * refusal (409: rated meanwhile) is the answer, and nothing is recorded. The appeal leaves the queue when reached,
     * refused, or unanswered for the {@code no-answers}th time.
     */
    public Uni<Map<String, Object>> call(UUID appealId, CallRequest call, Actor agent, String authorization) {
        if (call.outcome() == CallOutcome.REACHED && !call.hasVerdict()) {
            Text missing = Text.of(IntakeMessages.class, IntakeMessages::callbackVerdictMissing);
            throw ApiException.badRequest(missing, ApiException.violation("satisfaction", missing));
        }
        Uni<Void> rated = call.outcome() != CallOutcome.REACHED ? Uni.createFrom().voidItem()
                : feedback.rateOnBehalf(authorization, appealId, verdict(call)).replaceWithVoid()
                        .onFailure(ReturnVisitService::refusedByFeedback).transform(failure -> refusal(appealId, failure))
                        .onFailure(failure -> !(failure instanceof ApiException)).transform(failure -> {
                            LOG.warnf("Feedback did not take a return visit's rating: %s", failure.toString());
                            return new ApiException(503, "feedback-unavailable",
                                    Text.of(IntakeMessages.class, IntakeMessages::feedbackUnavailable),
                                    Text.of(IntakeMessages.class, IntakeMessages::feedbackUnavailableDetail), null, null);
                        });
        return rated.chain(() -> record(appealId, call.outcome(), agent));
    }

    @WithTransaction
    Uni<Map<String, Object>> record(UUID appealId, CallOutcome outcome, Actor agent) {
        Instant now = clock.instant();
        return callbacks.openForUpdate(appealId).chain(entry -> {
            if (entry == null && outcome != CallOutcome.REACHED) {
                throw ApiException.notFound(appealId);
            }
            Uni<Void> recorded = callbacks.recordCall(appealId, agent, outcome, now);
            String leaves = null;
            if (entry != null) {
                if (outcome == CallOutcome.NO_ANSWER) {
                    entry.noAnswers++;
                }
                leaves = outcome == CallOutcome.REACHED ? "REACHED" : outcome == CallOutcome.REFUSED ? "REFUSED"
                        : entry.noAnswers >= waits.noAnswers() ? "NO_ANSWER" : null;
                if (leaves != null) {
                    entry.leftAt = now;
                    entry.leftBecause = leaves;
                }
            }
            Map<String, Object> answer = new HashMap<>();
            answer.put("appealId", appealId);
            answer.put("outcome", outcome.name());
            answer.put("noAnswers", entry == null ? 0 : entry.noAnswers);
            answer.put("inQueue", entry != null && leaves == null);
            return recorded.replaceWith(answer);
        });
    }

    private static Map<String, Object> verdict(CallRequest call) {
        Map<String, Object> rating = new HashMap<>();
        rating.put("satisfaction", call.satisfaction());
        rating.put("resolved", call.resolved());
        rating.put("comment", call.comment());
        return rating;
    }

    /** Feedback's own refusals, which are the agent's answer: the appeal unknown there, or no longer ratable. */
    private static boolean refusedByFeedback(Throwable failure) {
        return failure instanceof WebApplicationException refused
                && (refused.getResponse().getStatus() == 404 || refused.getResponse().getStatus() == 409);
    }

    private static Throwable refusal(UUID appealId, Throwable failure) {
        return ((WebApplicationException) failure).getResponse().getStatus() == 404 ? ApiException.notFound(appealId)
                : ApiException.conflict(Text.of(IntakeMessages.class, IntakeMessages::callbackNotRatable));
    }
}
