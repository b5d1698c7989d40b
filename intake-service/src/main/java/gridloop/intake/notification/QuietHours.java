package gridloop.intake.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * No text message between 22:00 and 08:00 district time: one that falls due then is held, not dropped, and goes out
 * at 08:00. E-mail and the in-app inbox are not held; nobody's phone rings for them.
 */
public final class QuietHours {

    public static final LocalTime START = LocalTime.of(22, 0);
    public static final LocalTime END = LocalTime.of(8, 0);

    private QuietHours() {
    }

    /** When an SMS due at {@code now} may go: {@code now}, or the next 08:00 when {@code now} is quiet. */
    public static Instant smsNotBefore(Instant now, ZoneId district) {
        ZonedDateTime local = now.atZone(district);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(START)) {
            return local.toLocalDate().plusDays(1).atTime(END).atZone(district).toInstant();
        }
        if (time.isBefore(END)) {
            return local.toLocalDate().atTime(END).atZone(district).toInstant();
        }
        return now;
    }
}
