package gridloop.intake.notification;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of an appeal told to one recipient: a line of their inbox. Its words are the timeline's for the event. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    public UUID id;
    /** The account told; null for a caller who reported by phone through the hotline (SMS only). */
    @Column(name = "recipient_sub")
    public String recipientSub;
    @Column(name = "appeal_id")
    public UUID appealId;
    /** The causing event's ce_id: the timeline entry whose words the message says. */
    @Column(name = "event_id")
    public String eventId;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
}
