package gridloop.intake.notification;

import gridloop.intake.appeal.Appeal;
import gridloop.intake.appeal.AppealRepository;
import gridloop.intake.appeal.TimelineEntry;
import gridloop.intake.appeal.TimelineRepository;
import gridloop.support.problem.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The caller's own inbox and channel preferences. Nobody reads another's lines: they are selected by the account. */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final TimelineRepository timeline;
    private final AppealRepository appeals;
    private final NotificationText text;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, TimelineRepository timeline, AppealRepository appeals,
            NotificationText text, Clock clock) {
        this.notifications = notifications;
        this.timeline = timeline;
        this.appeals = appeals;
        this.text = text;
        this.clock = clock;
    }

    @WithSession
    public Uni<Inbox> inbox(String subject, boolean unreadOnly, int page, int size, Locale reader) {
        return notifications.inbox(subject, unreadOnly, page, size).chain(lines -> {
            List<String> events = lines.stream().map(line -> line.eventId).distinct().toList();
            List<UUID> appealIds = lines.stream().map(line -> line.appealId).distinct().toList();
            return timeline.ofEvents(events).chain(entries -> appeals.byIds(appealIds).chain(found ->
                    notifications.unread(subject).map(unread -> {
                        Map<String, TimelineEntry> steps = entries.stream()
                                .collect(Collectors.toMap(entry -> entry.eventId, Function.identity(), (a, b) -> a));
                        Map<UUID, String> references = found.stream()
                                .collect(Collectors.toMap(appeal -> appeal.id, (Appeal appeal) -> appeal.reference));
                        return new Inbox(lines.stream().map(line -> view(line, steps.get(line.eventId),
                                references.get(line.appealId), reader)).toList(), unread, page, size);
                    })));
        });
    }

    private NotificationView view(Notification line, TimelineEntry step, String reference, Locale reader) {
        return new NotificationView(line.id, line.appealId, reference, line.kind,
                text.step(line.kind, step == null ? null : step.wording(), reference, reader), line.createdAt, line.readAt != null);
    }

    @WithTransaction
    public Uni<Void> markRead(UUID id, String subject) {
        return notifications.markRead(id, subject, clock.instant()).map(marked -> {
            if (marked == 0) {
                throw ApiException.notFound(id);
            }
            return null;
        });
    }

    @WithTransaction
    public Uni<Integer> markAllRead(String subject) {
        return notifications.markAllRead(subject, clock.instant());
    }

    @WithSession
    public Uni<Preferences> preferences(String subject) {
        return notifications.preference(subject).map(found -> new Preferences(found.email, found.sms));
    }

    @WithTransaction
    public Uni<Preferences> savePreferences(String subject, Preferences wanted) {
        NotificationPreference preference = NotificationPreference.defaults(subject);
        preference.email = wanted.email();
        preference.sms = wanted.sms();
        preference.updatedAt = clock.instant();
        return notifications.savePreference(preference).map(saved -> new Preferences(saved.email, saved.sms));
    }
}
