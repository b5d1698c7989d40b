package gridloop.intake.appeal;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One lifecycle event in the resident's timeline. */
@Entity
@Table(name = "appeal_timeline")
public class TimelineEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "appeal_id")
    public UUID appealId;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    /** The status this event moves the appeal to; null for events that only inform (overdue, rated). */
    public String status;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String text;

    public static TimelineEntry of(UUID appealId, String eventId, String eventType, String status, Instant at,
            String text) {
        TimelineEntry entry = new TimelineEntry();
        entry.appealId = appealId;
        entry.eventId = eventId;
        entry.eventType = eventType;
        entry.status = status;
        entry.occurredAt = at;
        entry.text = text;
        return entry;
    }
}
