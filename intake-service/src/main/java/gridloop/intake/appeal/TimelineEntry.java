package gridloop.intake.appeal;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import gridloop.events.wording.EventWording.Wording;
import gridloop.events.wording.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
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
    /** What the event says ({@link gridloop.events.wording.Phrase}), worded in the reader's language on answering. */
    public String phrase;
    /** The facts the phrase uses (a JSON object of strings). */
    @Convert(converter = WordingParams.class)
    public Map<String, String> params;

    public static TimelineEntry of(UUID appealId, String eventId, String eventType, String status, Instant at,
            Wording wording) {
        TimelineEntry entry = new TimelineEntry();
        entry.appealId = appealId;
        entry.eventId = eventId;
        entry.eventType = eventType;
        entry.status = status;
        entry.occurredAt = at;
        entry.phrase = wording.phrase().name();
        entry.params = wording.params();
        return entry;
    }

    public Wording wording() {
        return new Wording(Phrase.valueOf(phrase), params);
    }
}
