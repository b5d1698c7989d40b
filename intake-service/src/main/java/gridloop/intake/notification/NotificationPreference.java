package gridloop.intake.notification;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which channels an account wants besides the inbox, which is always on. Without a row: both. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends PanacheEntityBase {
    @Id
    public String subject;
    public boolean email;
    public boolean sms;
    @Column(name = "updated_at")
    public Instant updatedAt;

    static NotificationPreference defaults(String subject) {
        NotificationPreference preference = new NotificationPreference();
        preference.subject = subject;
        preference.email = true;
        preference.sms = true;
        return preference;
    }
}
