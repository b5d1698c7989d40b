package gridloop.feedback.appeal;

import gridloop.events.AppealAccepted;
import gridloop.events.EventType;
import gridloop.events.lifecycle.AppealLifecycle;
import gridloop.events.lifecycle.AppealStatus;
import gridloop.events.lifecycle.StatusSteps;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Feedback's view of one appeal. Any field may still be unknown when events arrive out of order. */
@Entity
@Table(name = "appeal_view")
public class AppealRecord extends PanacheEntityBase {
    @Id
    @Column(name = "appeal_id")
    public UUID appealId;
    public String reference;
    public String category;
    @Column(name = "street_id")
    public String streetId;
    @Column(name = "street_name")
    public String streetName;
    @Column(name = "community_id")
    public String communityId;
    @Column(name = "community_name")
    public String communityName;
    @Column(name = "grid_id")
    public String gridId;
    @Column(name = "grid_name")
    public String gridName;
    /** The submitting account's pseudonym, from intake's submitted event: who may rate. */
    @Column(name = "reporter_ref")
    public String reporterRef;
    @Column(name = "assignee_id")
    public String assigneeId;
    @Column(name = "assignee_name")
    public String assigneeName;
    public String department;
    @Column(name = "department_name")
    public String departmentName;
    /** What {@link #statusSteps} come to; kept as a column for the queries that select by it. */
    @Enumerated(EnumType.STRING)
    public AppealStatus status;
    /** The status-naming events seen so far ({@link StatusSteps}'s text), folded by the appeal lifecycle. */
    @Column(name = "status_steps")
    public String statusSteps;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "accept_by")
    public Instant acceptBy;
    @Column(name = "resolve_by")
    public Instant resolveBy;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "closure_round")
    public int closureRound;
    @Column(name = "reopen_count")
    public int reopenCount;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** The first closure report's time; on-time resolution is judged by it. */
    @Column(name = "first_resolved_at")
    public Instant firstResolvedAt;
    /** Ratings of all rounds, their satisfaction sum and how many were satisfied (the evaluation reads these). */
    public int ratings;
    @Column(name = "satisfaction_sum")
    public int satisfactionSum;
    public int satisfied;
    /** The outcome of the last closure report (FIXED, NOT_FIXABLE, NOT_RESPONSIBLE); null before the first. */
    public String outcome;
    /** Who reported the last closure: their name from the token; null before the first. */
    @Column(name = "handled_by")
    public String handledBy;
    /** The original this duplicate was merged into by an operator; null for any other appeal. */
    @Column(name = "merged_into")
    public UUID mergedInto;
    /** Accepted by the accept-by deadline: the contract's rule, stored for the evaluation's functions to count. */
    public boolean responded;
    /** Counts in the evaluation at all ({@code AppealStatus.countsInEvaluation}), stored for its functions. */
    public boolean counted;

    /**
     * One more event that may move the status, whether it came from the topics or from feedback itself: the status
     * is the lifecycle's fold of every step in the order they happened, so one that arrives late ends right.
     */
    public void step(EventType type, Instant occurredAt) {
        if (AppealLifecycle.named(type).isEmpty()) {
            return;
        }
        StatusSteps steps = StatusSteps.decode(statusSteps).with(occurredAt, type);
        statusSteps = steps.encode();
        status = steps.status();
        refreshRules();
    }

    /** The contract's evaluation rules, applied to what the row knows now and stored for the SQL to count. */
    public void refreshRules() {
        responded = AppealAccepted.responded(acceptedAt, acceptBy);
        counted = status.countsInEvaluation(mergedInto != null);
    }

    /** Adds one rating to the figures the evaluation reads: its score, and whether it counts as satisfied. */
    public void addRating(int satisfaction, boolean isSatisfied) {
        ratings++;
        satisfactionSum += satisfaction;
        satisfied += isSatisfied ? 1 : 0;
    }
}
