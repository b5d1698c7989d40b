package gridloop.intake.appeal;

import gridloop.support.i18n.Text;
import gridloop.events.lifecycle.AppealStatus;
import gridloop.events.Actor;
import gridloop.events.AppealSupported;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealWithdrawn;
import gridloop.events.Location;
import gridloop.intake.category.CategoryRepository;
import gridloop.intake.photo.AppealReader;
import gridloop.intake.photo.Photo;
import gridloop.intake.photo.PhotoService;
import gridloop.support.idempotency.IdempotencyGuard;
import gridloop.loopmetrics.AppealFacts;
import gridloop.support.outbox.OutboxWriter;
import gridloop.intake.messages.IntakeMessages;
import gridloop.support.problem.ApiException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Submission, withdrawal and the resident's reads. Every change commits with its outbox event. */
@ApplicationScoped
public class AppealService {

    private final AppealRepository appeals;
    private final CategoryRepository categories;
    private final TimelineRepository timeline;
    private final TimelineProjector projector;
    private final ReferenceGenerator references;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final NearbyAppealQueries nearby;
    private final IdempotencyGuard idempotency;
    private final AppealViews views;
    private final AppealReaders readers;
    private final PhotoService photos;
    private final jakarta.enterprise.inject.Instance<AppealSteps> steps;

    AppealService(AppealRepository appeals, CategoryRepository categories, TimelineRepository timeline,
            TimelineProjector projector, ReferenceGenerator references, OutboxWriter outbox, Clock clock,
            NearbyAppealQueries nearby, IdempotencyGuard idempotency, AppealViews views, AppealReaders readers,
            PhotoService photos, jakarta.enterprise.inject.Instance<AppealSteps> steps) {
        this.steps = steps;
        this.views = views;
        this.readers = readers;
        this.photos = photos;
        this.nearby = nearby;
        this.idempotency = idempotency;
        this.appeals = appeals;
        this.categories = categories;
        this.timeline = timeline;
        this.projector = projector;
        this.references = references;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The reference number is drawn first, on its own, then the appeal is stored in one transaction. Drawn
     * inside, the day's counter row stayed locked until that commit and submissions queued behind each other;
     * and a transaction must not wait for a second pool connection, or enough concurrent submissions hold
     * every connection and wait for ever.
     */
    public Uni<SubmittedAppeal> submit(SubmitAppealRequest request, Reporter reporter, String idempotencyKey,
            Locale language) {
        Instant now = clock.instant();
        // An idempotency key is the caller's own: another account replaying it gets nothing of theirs.
        // The open appeals nearby are looked up beside the reference, on the pool, for the same reason.
        return Uni.combine().all().unis(references.next(now), nearby.openNear(request.category(),
                        request.location().latitude(), request.location().longitude())).asTuple()
                .chain(drawn -> Panache.withTransaction(() -> idempotency.once(
                        "appeals.submit:" + reporter.subject(), idempotencyKey, request, SubmittedAppeal.class,
                        () -> submit(request, reporter, drawn.getItem1(), now, drawn.getItem2(), language))));
    }

    private Uni<SubmittedAppeal> submit(SubmitAppealRequest request, Reporter reporter, String reference, Instant now,
            List<NearbyAppealQueries.Ref> duplicates, Locale language) {
        return categories.exists(request.category()).chain(known -> known
                ? store(request, reporter, reference, now, duplicates, language) : unknownCategory(request.category()));
    }

    private Uni<SubmittedAppeal> store(SubmitAppealRequest request, Reporter reporter, String reference, Instant now,
            List<NearbyAppealQueries.Ref> duplicates, Locale language) {
        Appeal appeal = new Appeal();
        appeal.id = UUID.randomUUID();
        appeal.reference = reference;
        appeal.category = request.category();
        appeal.description = request.description();
        appeal.latitude = request.location().latitude();
        appeal.longitude = request.location().longitude();
        appeal.address = request.location().address();
        appeal.mediaUrls = request.mediaUrlsOrEmpty();
        appeal.facilityId = request.facilityId();
        appeal.reporterName = request.reporter() == null ? null : request.reporter().name();
        appeal.reporterPhone = request.reporter() == null ? null : request.reporter().phone();
        appeal.reporterEmail = request.reporter() == null ? null : request.reporter().email();
        appeal.reporterLanguage = language.toLanguageTag();
        appeal.reporterSub = reporter.subject();
        appeal.channel = request.channel() != null ? request.channel() : reporter.defaultChannel();
        appeal.status = AppealStatus.SUBMITTED;
        appeal.submittedAt = now;
        appeal.updatedAt = now;
        // The event never carries the reporter's name, phone or account: only the account's pseudonym.
        List<UUID> photoIds = request.photosOrEmpty();
        AppealSubmitted event = new AppealSubmitted(appeal.id, reference, appeal.category, appeal.description,
                new Location(appeal.latitude, appeal.longitude, appeal.address), appeal.mediaUrls,
                appeal.channel.name(), reporter.pseudonym(), reporter.actor(), now, appeal.facilityId, photoIds);
        // Flushed first: the photos' rows name the appeal (a foreign key) in a bulk update.
        return appeals.persistAndFlush(appeal)
                .chain(() -> photos.attach(photoIds, appeal.id, Photo.SUBMISSION, reporter.actor(), now, true))
                .chain(() -> outbox.append(event, AppealFacts.of(appeal.category, appeal.submittedAt)))
                .chain(eventId -> timeline.persist(projector.entryOf(event, eventId.toString()))
                        .chain(() -> AppealSteps.tellAll(steps, appeal, event, eventId.toString())))
                .map(stored -> new SubmittedAppeal(appeal.id, reference, appeal.status, now, duplicates));
    }

    private Uni<SubmittedAppeal> unknownCategory(String code) {
        return categories.listInOrder().map(all -> {
            List<String> codes = all.stream().map(c -> c.code).toList();
            String listed = String.join(", ", codes);
            throw ApiException.unprocessable("unknown-category", Text.of(IntakeMessages.class, IntakeMessages::unknownCategory),
                    Text.of(IntakeMessages.class, m -> m.notACategory(code, listed)),
                    ApiException.violation("category", Text.of(IntakeMessages.class, m -> m.mustBeOneOf(listed))),
                    Map.of("validCodes", codes));
        });
    }

    /**
     * "Me too": another resident reports the same open problem. A resident counts once per appeal (a repeat,
     * or the reporter's own "me too", changes nothing), so the call is safe to retry. The answer is the count alone:
     * a supporter is usually a stranger to the appeal. To a stranger, an appeal that is no longer open answers as
     * one that does not exist; its reporter and followers are told it is closed.
     */
    @WithTransaction
    public Uni<SupportView> support(UUID id, String supporter, Actor actor) {
        return appeals.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).chain(appeal -> {
            if (appeal == null) {
                throw ApiException.notFound(id);
            }
            if (!appeal.status.isOpen()) {
                Uni<Boolean> mayRead = appeal.isOwnedBy(supporter) ? Uni.createFrom().item(true)
                        : appeals.isFollowedBy(id, supporter);
                return mayRead.map(yes -> {
                    throw yes ? ApiException.conflict(Text.of(IntakeMessages.class, 
                            m -> m.appealIsNotOpen(appeal.reference, appeal.status.name())))
                            : ApiException.notFound(id);
                });
            }
            if (appeal.isOwnedBy(supporter)) {
                return Uni.createFrom().item(new SupportView(id, appeal.supporters, false));
            }
            Instant now = clock.instant();
            return appeals.addSupporter(id, supporter, now).chain(added -> {
                if (!added) {
                    return Uni.createFrom().item(new SupportView(id, appeal.supporters, true));
                }
                appeal.supporters++;
                // The count goes out, so that those who handle it see how many it touches; who supports it does not.
                return outbox.append(new AppealSupported(id, appeal.supporters, actor, now),
                                AppealFacts.of(appeal.category, appeal.submittedAt))
                        .replaceWith(new SupportView(id, appeal.supporters, true));
            });
        });
    }

    /** The owner (the account that submitted it) withdraws an open appeal; anyone else is told it does not exist. */
    @WithTransaction
    public Uni<AppealView> withdraw(UUID id, String owner, Actor actor, Locale reader) {
        return appeals.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).chain(appeal -> {
            if (appeal == null || !appeal.isOwnedBy(owner)) {
                throw ApiException.notFound(id);
            }
            if (!appeal.status.isOpen()) {
                throw ApiException.conflict(Text.of(IntakeMessages.class, 
                        m -> m.noLongerWithdrawn(appeal.reference, appeal.status.name())));
            }
            Instant now = clock.instant();
            AppealWithdrawn event = new AppealWithdrawn(id, AppealWithdrawn.BY_RESIDENT, actor, now);
            return outbox.append(event, AppealFacts.of(appeal.category, appeal.submittedAt))
                    .chain(eventId -> timeline.persistAndFlush(projector.entryOf(event, eventId.toString())))
                    .chain(() -> projector.refresh(appeal, event))
                    .chain(() -> views.withTimeline(appeal, reader));
        });
    }

    /** One appeal for those who may read it ({@link AppealReaders}): else 404, existence does not leak. */
    @WithSession
    public Uni<AppealView> find(UUID id, AppealReader caller, Locale reader) {
        return appeals.findById(id).chain(appeal -> {
            if (appeal == null) {
                throw ApiException.notFound(id);
            }
            return readers.mayRead(appeal, caller).chain(yes -> {
                if (!yes) {
                    throw ApiException.notFound(id);
                }
                return views.withTimeline(appeal, reader);
            });
        });
    }

    /** "My appeals": those the caller's account submitted, newest first. */
    @WithSession
    public Uni<AppealPage> mine(String subject, AppealStatus status, int page, int size, Locale reader) {
        return page(appeals.byAccount(subject, status), page, size, reader);
    }

    @WithSession
    public Uni<AppealPage> byReporter(String reporterPhone, AppealStatus status, int page, int size,
            Locale reader) {
        return page(appeals.byReporterPhone(reporterPhone, status), page, size, reader);
    }

    private Uni<AppealPage> page(PanacheQuery<Appeal> query, int page, int size, Locale reader) {
        return query.count().chain(total -> query.page(Page.of(page, size)).list()
                .map(list -> new AppealPage(list.stream().map(a -> views.summary(a, reader)).toList(),
                        page, size, total)));
    }
}
