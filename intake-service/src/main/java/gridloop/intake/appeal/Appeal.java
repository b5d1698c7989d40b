package gridloop.intake.appeal;

import gridloop.events.lifecycle.AppealStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import gridloop.support.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One resident's appeal and the resident-facing summary of where it stands. */
@Entity
@Table(name = "appeal")
public class Appeal extends PanacheEntityBase {
    @Id
    public UUID id;
    public String reference;
    public String category;
    public String description;
    public double latitude;
    public double longitude;
    public String address;
    @Column(name = "media_urls")
    @Convert(converter = StringListConverter.class)
    public List<String> mediaUrls;
    /** The registry's facility the appeal is about, if the resident named one. */
    @Column(name = "facility_id")
    public UUID facilityId;
    /** The building whose outline holds the appeal's point, as dispatch located it. */
    @Column(name = "building_id")
    public String buildingId;
    @Column(name = "reporter_name")
    public String reporterName;
    @Column(name = "reporter_phone")
    public String reporterPhone;
    /** The account that submitted it (token subject): the owner for "own data only". */
    @Column(name = "reporter_sub")
    public String reporterSub;
    /** Where the resident wants to be told by e-mail, if they gave an address (contact data, erased with the phone). */
    @Column(name = "reporter_email")
    public String reporterEmail;
    /** The language the resident submitted in (a BCP 47 tag): what they are written to in. */
    @Column(name = "reporter_language")
    public String reporterLanguage;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public AppealStatus status;
    public boolean overdue;
    public int supporters;
    @Column(name = "grid_id")
    public String gridId;
    @Column(name = "grid_name")
    public String gridName;
    /** The grid's name in Chinese, when the event named it so. */
    @Column(name = "grid_name_zh")
    public String gridNameZh;
    @Column(name = "assignee_name")
    public String assigneeName;
    @Column(name = "department_name")
    public String departmentName;
    @Column(name = "assignee_decided_at")
    public Instant assigneeDecidedAt;
    @Column(name = "department_decided_at")
    public Instant departmentDecidedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    /** The original an operator merged this duplicate into; null for any other appeal. */
    /** Who holds the task now (dispatch's events): the worker's roster id and the department's code, or null. */
    @Column(name = "holder_worker_id")
    public String holderWorkerId;
    @Column(name = "holder_department")
    public String holderDepartment;
    @Column(name = "merged_into")
    public UUID mergedInto;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** When the latest closure report came; null until one, and again after a reopening. */
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    /** When the resident was reminded to rate the latest closure; null until then. */
    @Column(name = "rating_reminded_at")
    public Instant ratingRemindedAt;

    /** Whether the worker (roster id) or the department (code) holds the appeal's task now, whatever its status. */
    public boolean heldBy(boolean department, String holder) {
        String held = department ? holderDepartment : holderWorkerId;
        return held != null && held.equals(holder);
    }

    /** Recorded by hotline staff or a patrol for someone else: the account is the staff's, the reporter a caller. */
    public boolean reportedByStaff() {
        return channel == Channel.HOTLINE || channel == Channel.PATROL;
    }

    public boolean isOwnedBy(String subject) {
        return reporterSub != null && reporterSub.equals(subject);
    }
}
