package gridloop.intake.notification;

import gridloop.events.AppealEvent;
import gridloop.intake.appeal.Appeal;
import gridloop.intake.appeal.AppealRepository;
import gridloop.intake.appeal.AppealSteps;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is told of a step, and how, in the transaction that records the step ({@link AppealSteps}): the reporter, in
 * the inbox (a resident's own account) and by e-mail and SMS when they gave an address or a phone and have not turned
 * that channel off; and the followers of the appeal (the reporter and supporters of a duplicate merged into it), in
 * their inbox. A caller who reported by phone through the hotline has no account: they get the SMS. Each line and
 * each (line, channel) is written once, so a redelivered event tells nobody twice.
 */
@ApplicationScoped
public class Notifier implements AppealSteps {

    private final NotificationRepository notifications;
    private final AppealRepository appeals;
    private final Clock clock;
    private final ZoneId district;

    Notifier(NotificationRepository notifications, AppealRepository appeals, Clock clock,
            @ConfigProperty(name = "gridloop.district-zone", defaultValue = "Asia/Shanghai") ZoneId district) {
        this.notifications = notifications;
        this.appeals = appeals;
        this.clock = clock;
        this.district = district;
    }

    @Override
    public Uni<Void> stepped(Appeal appeal, AppealEvent event, String eventId) {
        return NotificationKind.of(event).map(kind -> tell(appeal, kind, eventId)).orElse(Uni.createFrom().voidItem());
    }

    /** Asks once more for the rating of the latest closure report: once per report (its time names the line). */
    public Uni<Void> remindToRate(Appeal appeal) {
        return tell(appeal, NotificationKind.RATE_REMINDER, "reminder:" + appeal.id + ":"
                + appeal.resolvedAt.toEpochMilli());
    }

    private Uni<Void> tell(Appeal appeal, NotificationKind kind, String eventId) {
        Instant now = clock.instant();
        String reporter = appeal.reportedByStaff() ? null : appeal.reporterSub;
        return notifications.recordOnce(line(appeal, kind, eventId, reporter, now))
                .chain(created -> created.isEmpty() ? Uni.createFrom().voidItem()
                        : queueForReporter(appeal, created.get(), reporter, now))
                .chain(() -> appeals.followers(appeal.id))
                .chain(followers -> Multi.createFrom().iterable(followers)
                        .onItem().transformToUniAndConcatenate(follower ->
                                notifications.recordOnce(line(appeal, kind, eventId, follower, now)))
                        .collect().last().replaceWithVoid());
    }

    private Uni<Void> queueForReporter(Appeal appeal, UUID line, String account, Instant now) {
        Uni<NotificationPreference> wants = account == null
                ? Uni.createFrom().item(NotificationPreference.defaults(null)) : notifications.preference(account);
        return wants.chain(preference -> {
            Uni<Void> email = hasText(appeal.reporterEmail) && preference.email
                    ? notifications.queue(line, Channel.EMAIL, now) : Uni.createFrom().voidItem();
            return email.chain(() -> hasText(appeal.reporterPhone) && preference.sms
                    ? notifications.queue(line, Channel.SMS, QuietHours.smsNotBefore(now, district))
                    : Uni.createFrom().voidItem());
        });
    }

    private static NotificationRecord line(Appeal appeal, NotificationKind kind, String eventId, String recipient,
            Instant now) {
        return new NotificationRecord(UUID.randomUUID(), recipient, appeal.id, eventId, kind, now);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
