package gridloop.dispatch.assignment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One assisting department of a co-handled task: its report-in clock and its part. */
@Entity
@Table(name = "task_assist")
@IdClass(TaskAssist.Key.class)
public class TaskAssist extends PanacheEntityBase {

    /** The composite id: the task and the department. */
    public static class Key implements Serializable {
        public UUID appealId;
        public String department;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(appealId, key.appealId)
                    && Objects.equals(department, key.department);
        }

        @Override
        public int hashCode() {
            return Objects.hash(appealId, department);
        }
    }

    @Id
    @Column(name = "appeal_id")
    public UUID appealId;
    @Id
    public String department;
    @Column(name = "report_in_by")
    public Instant reportInBy;
    @Column(name = "reported_in_at")
    public Instant reportedInAt;
    @Column(name = "report_in_overdue")
    public boolean reportInOverdue;
    public String part;
    @Column(name = "part_reported_at")
    public Instant partReportedAt;

    static TaskAssist of(UUID appealId, String department, Instant reportInBy) {
        TaskAssist assist = new TaskAssist();
        assist.appealId = appealId;
        assist.department = department;
        assist.reportInBy = reportInBy;
        return assist;
    }
}
