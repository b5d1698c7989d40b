package gridloop.command.marker;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One appeal as the command centre's map shows it. Each group of fields keeps the time of the event that set it
 * ({@code statusAt}, {@code assignmentAt}, {@code departmentAt}), and only a later event replaces it.
 */
@Entity
@Table(name = "appeal_marker")
public class AppealMarker extends PanacheEntityBase {
    @Id
    @Column(name = "appeal_id")
    public UUID appealId;
    public String reference;
    public String category;
    public Double latitude;
    public Double longitude;
    /** What the resident reported and where, with which photos and through which channel (from the submission). */
    public String description;
    public String address;
    @Column(name = "media_urls")
    @jakarta.persistence.Convert(converter = gridloop.support.persistence.StringListConverter.class)
    public java.util.List<String> mediaUrls = java.util.List.of();
    public String channel;
    /** Residents who support it besides the reporter. */
    public int supporters;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    public String status = "SUBMITTED";
    /** When the latest status-naming event happened. */
    @Column(name = "status_at")
    public Instant statusAt;
    /** The status-naming events seen so far ({@code StatusSteps}' text); {@link #status} is what they come to. */
    @Column(name = "status_steps")
    public String statusSteps;
    @Column(name = "street_id")
    public String streetId;
    @Column(name = "community_id")
    public String communityId;
    @Column(name = "grid_id")
    public String gridId;
    @Column(name = "grid_name")
    public String gridName;
    /** The grid's name in Chinese, when the event named it so. */
    @Column(name = "grid_name_zh")
    public String gridNameZh;
    @Column(name = "assignee_id")
    public String assigneeId;
    @Column(name = "assignee_name")
    public String assigneeName;
    public String queue;
    @Column(name = "queue_at")
    public Instant queueAt;
    @Column(name = "assignment_at")
    public Instant assignmentAt;
    public String department;
    @Column(name = "department_name")
    public String departmentName;
    @Column(name = "department_at")
    public Instant departmentAt;
    @Column(name = "accept_by")
    public Instant acceptBy;
    @Column(name = "resolve_by")
    public Instant resolveBy;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "overdue_since")
    public Instant overdueSince;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    public Integer satisfaction;
    @Column(name = "rated_at")
    public Instant ratedAt;
    @Column(name = "last_event_type")
    public String lastEventType;
    @Column(name = "last_event_at")
    public Instant lastEventAt;
    /** The building whose outline holds the appeal (the latest assignment's), when the map has one there. */
    @Column(name = "building_id")
    public String buildingId;
    /** The registry's facility the appeal names, if any. */
    @Column(name = "facility_id")
    public java.util.UUID facilityId;
    /** Accepted by the accept-by deadline ({@code AppealAccepted.responded}), for the counters. */
    public boolean responded;
    /** The latest rating counts as satisfied ({@code AppealRated.isSatisfied}), for the counters. */
    public boolean satisfied;
    /** Rejected as a duplicate and merged into another appeal. */
    public boolean merged;
    /** Counts in the evaluation's figures at all ({@code AppealStatus.countsInEvaluation}), for the counters. */
    public boolean counted;
    /** Computed by PostgreSQL from the status. */
    @Column(name = "is_open", insertable = false, updatable = false)
    public Boolean open;

    /** Overdue while it is open and not waiting for the resident's rating ({@code MarkerFilter.OVERDUE_SQL}). */
    public boolean overdue() {
        return overdueSince != null && Boolean.TRUE.equals(open) && !"RESOLVED".equals(status);
    }
}
