package gridloop.intake.notification;

import gridloop.events.wording.EventWording.Wording;
import gridloop.intake.appeal.TimelineWording;
import gridloop.intake.messages.IntakeMessages;
import gridloop.support.i18n.Languages;
import gridloop.support.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The words of a notification, in the reader's language: the step is the timeline's own sentence for the event
 * ({@link TimelineWording}, one home for what an event says), framed by the notification's subject and, when the
 * handler reported it fixed, the request to rate.
 */
@ApplicationScoped
public class NotificationText {

    private final TimelineWording timeline;

    NotificationText(TimelineWording timeline) {
        this.timeline = timeline;
    }

    public String subject(String reference, Locale reader) {
        return Text.bundle(IntakeMessages.class, reader).notificationSubject(reference);
    }

    /** The step in a sentence: the timeline's, or the reminder's (no event has words for it). */
    public String step(NotificationKind kind, Wording step, String reference, Locale reader) {
        if (kind == NotificationKind.RATE_REMINDER) {
            return Text.bundle(IntakeMessages.class, reader).notificationReminder();
        }
        return step == null ? reference : timeline.text(step, reader);
    }

    /** {@code ratingLink}: the "please rate" link of a RESOLVED step, null otherwise. */
    public String body(NotificationKind kind, Wording step, String reference, String ratingLink, Locale reader) {
        IntakeMessages m = Text.bundle(IntakeMessages.class, reader);
        String rate = !kind.asksForRating() ? ""
                : "\n\n" + m.notificationPleaseRate() + (ratingLink == null ? "" : "\n" + ratingLink);
        return m.notificationBody(reference, step(kind, step, reference, reader)) + rate + "\n\n" + m.notificationFooter();
    }

    /** The resident's language as they submitted, the district's when unknown. */
    public static Locale languageOf(String tag) {
        return Languages.SUPPORTED.stream().filter(language -> language.toLanguageTag().equals(tag)).findFirst()
                .orElse(Languages.CHINESE);
    }
}
