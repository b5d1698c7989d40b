package gridloop.intake.notification;

import jakarta.validation.constraints.NotNull;

/**
 * The channels besides the inbox (always on): e-mail and SMS. SMS keeps quiet hours, 22:00-08:00 district time, and
 * what falls in them goes out at 08:00.
 */
public record Preferences(@NotNull Boolean email, @NotNull Boolean sms) {
}
