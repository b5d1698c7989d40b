package gridloop.intake.notification;

import gridloop.intake.notification.sms.SmsMessage;
import gridloop.intake.notification.sms.SmsSender;
import gridloop.support.security.Pseudonyms;
import gridloop.support.security.RatingLinks;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends what the inbox's lines owe by e-mail and SMS: every {@code gridloop.notifications.relay-interval} it takes
 * the due deliveries (a batch, locked, so instances share the work) and sends each, then marks it sent in the same
 * transaction; a failure is tried again after 2, 4, 8 … s, at most 10 min apart, and nothing is dropped. The address
 * and phone are read as they are at sending: an erased contact sends nothing. A kill between the provider's
 * acceptance and the commit sends that one message again: the e-mail's Message-ID and the SMS's OutId name the
 * delivery, so a mail client and the provider's receipts show it as the same message.
 */
@ApplicationScoped
public class NotificationRelay {

    private static final Logger LOG = Logger.getLogger(NotificationRelay.class);
    static final int BATCH = 20;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final NotificationStatements statements;
    private final ReactiveMailer mailer;
    private final SmsSender sms;
    private final SmsTemplates templates;
    private final NotificationText text;
    private final Vertx vertx;
    private final Clock clock;
    private final String messageIdDomain;
    private final RatingLinks links;
    private final Pseudonyms pseudonyms;
    private final String ratingUrl;
    private final Duration ratingLinkValidity;

    NotificationRelay(NotificationStatements statements, ReactiveMailer mailer, SmsSender sms, SmsTemplates templates,
            NotificationText text, Vertx vertx, Clock clock,
            @ConfigProperty(name = "gridloop.notifications.message-id-domain", defaultValue = "gridloop.local")
            String messageIdDomain, RatingLinks links, Pseudonyms pseudonyms,
            @ConfigProperty(name = "gridloop.notifications.rating-url") String ratingUrl,
            @ConfigProperty(name = "gridloop.notifications.rating-link-validity", defaultValue = "P7D")
            Duration ratingLinkValidity) {
        this.links = links;
        this.pseudonyms = pseudonyms;
        this.ratingUrl = ratingUrl;
        this.ratingLinkValidity = ratingLinkValidity;
        this.statements = statements;
        this.mailer = mailer;
        this.sms = sms;
        this.templates = templates;
        this.text = text;
        this.vertx = vertx;
        this.clock = clock;
        this.messageIdDomain = messageIdDomain;
    }

    @Scheduled(every = "${gridloop.notifications.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return deliverDue().onFailure().invoke(e -> LOG.warnf("Notifications not sent this time: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends every delivery due now, batch after batch; returns how many were sent. */
    public Uni<Integer> deliverDue() {
        return statements.deliverDue(clock.instant(), BATCH, this::send, NotificationRelay::backoff)
                .chain(sent -> sent == BATCH ? deliverDue().map(more -> sent + more) : Uni.createFrom().item(sent));
    }

    private Uni<Void> send(DueDelivery delivery) {
        Locale reader = NotificationText.languageOf(delivery.language());
        String link = ratingLink(delivery);
        return switch (delivery.channel()) {
            case EMAIL -> delivery.email() == null ? Uni.createFrom().voidItem() : mailer.send(Mail
                    .withText(delivery.email(), text.subject(delivery.reference(), reader),
                            text.body(delivery.kind(), delivery.step(), delivery.reference(), link, reader))
                    .addHeader("Message-ID", "<notification-" + delivery.id() + "@" + messageIdDomain + ">"));
            case SMS -> delivery.phone() == null ? Uni.createFrom().voidItem() : vertx.executeBlocking(Uni.createFrom()
                    .item(() -> {
                        sms.send(new SmsMessage(delivery.phone(), templates.codeOf(delivery.kind()), link == null
                                ? Map.of("reference", delivery.reference())
                                : Map.of("reference", delivery.reference(), "link", link), "gridloop-" + delivery.id()));
                        return null;
                    })).replaceWithVoid();
        };
    }

    /**
     * The "please rate" link of a RESOLVED step or a reminder: the rating page, with the appeal and a token bound to it and to its
     * reporter, valid {@code gridloop.notifications.rating-link-validity} (7 days), after the # so that no server
     * ever logs it. Issued when the message goes; never logged here either.
     */
    private String ratingLink(DueDelivery delivery) {
        if (!delivery.kind().asksForRating() || delivery.reporterSub() == null) {
            return null;
        }
        String token = links.issue(delivery.appealId(), pseudonyms.of(delivery.reporterSub()),
                clock.instant().plus(ratingLinkValidity));
        return ratingUrl + "#" + delivery.appealId() + "/" + token;
    }

    static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
