package gridloop.dispatch.assignment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
    /** At 3x the resolve window a still-open task escalates to the category's department by itself. */
    @Column(name = "escalate_by")
    public Instant escalateBy;
    @Column(name = "accept_overdue")
    public boolean acceptOverdue;
    @Column(name = "resolve_overdue")
    public boolean resolveOverdue;
    @Column(name = "reopen_count")
    public int reopenCount;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Past accept-by before anyone accepted, or past resolve-by before a closure was reported. */
    public boolean overdueAt(Instant now) {
        boolean acceptLate = status == TaskStatus.ASSIGNED && acceptBy != null && acceptBy.isBefore(now);
        boolean resolveLate = TaskStatus.AWAITING_RESOLUTION.contains(status) && resolveBy != null
                && resolveBy.isBefore(now);
        return acceptLate || resolveLate;
    }
}
