package gridloop.dispatch.assignment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One appeal as dispatch handles it: where, who, by when. */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {
    @Id
    @Column(name = "appeal_id")
    public UUID appealId;
    public String reference;
    public String category;
    @Column(name = "street_id")
    public String streetId;
    @Column(name = "community_id")
    public String communityId;
    @Column(name = "grid_id")
    public String gridId;
    @Column(name = "assignee_id")
    public String assigneeId;
    /** Set when nobody could take it, e.g. {@code OPERATORS}. */
    public String queue;
    public String department;
    @Enumerated(EnumType.STRING)
    public TaskStatus status;
    @Column(name = "accept_by")
    public Instant acceptBy;
    @Column(name = "resolve_by")
    public Instant resolveBy;
    /** At {@value #ESCALATE_AFTER_RESOLVE_WINDOWS}x the resolve window a still-open task escalates by itself. */
    @Column(name = "escalate_by")
    public Instant escalateBy;
    @Column(name = "accept_overdue")
    public boolean acceptOverdue;
    @Column(name = "resolve_overdue")
    public boolean resolveOverdue;
    /** Escalated: by when the department must report in; when it did; whether the miss was announced. */
    @Column(name = "report_in_by")
    public Instant reportInBy;
    @Column(name = "reported_in_at")
    public Instant reportedInAt;
    @Column(name = "report_in_overdue")
    public boolean reportInOverdue;
    /** Times a department sent it back; from the second on it is disputed and the operators decide. */
    @Column(name = "send_backs")
    public int sendBacks;
    public boolean disputed;
    /** Co-handled: the assisting departments (the lead is {@link #department}); empty otherwise. */
    @jakarta.persistence.Convert(converter = gridloop.support.persistence.StringListConverter.class)
    public java.util.List<String> assisting = java.util.List.of();
    /** The same column as text, read-only: what the department filter of the task list matches. */
    @Column(name = "assisting", insertable = false, updatable = false)
    String assistingText;
    /** What the resident reported, where, with which pictures and through which channel (from the submission). */
    public String description;
    public Double latitude;
    public Double longitude;
    public String address;
    @Column(name = "media_urls")
    @jakarta.persistence.Convert(converter = gridloop.support.persistence.StringListConverter.class)
    public java.util.List<String> mediaUrls = java.util.List.of();
    /** The ids of the resident's photos; intake holds them and lets the task's holder read them. */
    @Column(name = "photo_ids")
    @jakarta.persistence.Convert(converter = gridloop.support.persistence.StringListConverter.class)
    public java.util.List<String> photoIds = java.util.List.of();
    public String channel;
    /** Rejected as a duplicate of this appeal. */
    @Column(name = "merged_into")
    public UUID mergedInto;
    @Column(name = "reopen_count")
    public int reopenCount;
    /** Residents who support the appeal besides its reporter ("me too"). */
    public int supporters;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Where a task waits when nobody could take it, or a department sent it back. */
    public static final String OPERATORS_QUEUE = "OPERATORS";

    /** How many resolve windows a task may stay with the grid before it escalates by itself. */
    public static final int ESCALATE_AFTER_RESOLVE_WINDOWS = 3;

    /** Sent back by its department: no department any more, and it waits for the operators to route it. */
    public void sendBack(Instant at) {
        department = null;
        status = TaskStatus.ASSIGNED;
        queue = OPERATORS_QUEUE;
        reportInBy = null;
        reportedInAt = null;
        reportInOverdue = false;
        assisting = java.util.List.of();
        sendBacks++;
        disputed = sendBacks > 1;
        updatedAt = at;
    }

    /**
     * An accepted task handed to another worker: the new worker has not accepted it (as the appeal's lifecycle
     * says), and gets the category's accept window from now, never less time than was left.
     */
    public void awaitAcceptance(CategorySla sla, Instant now) {
        status = TaskStatus.ASSIGNED;
        if (sla != null) {
            Instant fresh = now.plus(Duration.ofHours(sla.acceptWithinHours));
            acceptBy = acceptBy == null || acceptBy.isBefore(fresh) ? fresh : acceptBy;
            acceptOverdue = false;
        }
    }

    /** The rule of {@link Overdue}. */
    public boolean overdueAt(Instant now) {
        return Overdue.late(status, acceptBy, resolveBy, now);
    }

    /**
     * Starts the category's SLA clocks at {@code from} (the submission, or a reopening): accept-by,
     * resolve-by and the auto-escalation at three resolve windows. No breach of the new deadlines is
     * announced yet.
     */
    public void startClocks(CategorySla sla, Instant from) {
        acceptBy = from.plus(Duration.ofHours(sla.acceptWithinHours));
        resolveBy = from.plus(Duration.ofHours(sla.resolveWithinHours));
        escalateBy = from.plus(Duration.ofHours((long) ESCALATE_AFTER_RESOLVE_WINDOWS * sla.resolveWithinHours));
        acceptOverdue = false;
        resolveOverdue = false;
    }

    /**
     * Whistle-blown to a department (by a worker or by itself): the department now answers for it, and has
     * {@code reportInWithin} to report in.
     */
    public void escalateTo(String departmentCode, Duration reportInWithin, Instant at) {
        department = departmentCode;
        status = TaskStatus.ESCALATED;
        if (assigneeId != null) {
            queue = null; // it no longer waits for the operators (after a send-back): the department has it
        }
        reportInBy = at.plus(reportInWithin);
        reportedInAt = null;
        reportInOverdue = false;
        assisting = java.util.List.of();
        updatedAt = at;
    }

    public boolean assistedBy(String departmentCode) {
        return departmentCode != null && assisting != null && assisting.contains(departmentCode);
    }
}
