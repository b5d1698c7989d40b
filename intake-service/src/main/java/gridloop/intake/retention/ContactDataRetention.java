package gridloop.intake.retention;

import gridloop.intake.photo.PhotoCleanup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Erases a reporter's name and phone (sets them to null; the appeal stays) once the appeal has been in a final
 * state (closed, rejected, withdrawn) for longer than {@code gridloop.retention.reporter-contact} (180 days by
 * default), and deletes their photos with it. The last change of a final appeal is the time it became final (a later event only postpones the
 * erasure). Nothing is published: the evaluation never saw contact data. Safe with several instances: each batch
 * takes its rows with {@code for update skip locked}, and erasing twice is erasing once.
 */
@ApplicationScoped
public class ContactDataRetention {

    private static final Logger LOG = Logger.getLogger(ContactDataRetention.class);
    static final int BATCH = 500;

    private final ContactErasureStatements erasure;
    private final PhotoCleanup photos;
    private final Clock clock;
    private final Duration retention;

    ContactDataRetention(ContactErasureStatements erasure, PhotoCleanup photos, Clock clock,
            @ConfigProperty(name = "gridloop.retention.reporter-contact", defaultValue = "P180D") Duration retention) {
        this.erasure = erasure;
        this.photos = photos;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "${gridloop.retention.check-interval:1h}", delay = 15, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return eraseDue().replaceWithVoid();
    }

    /**
     * Erases every due appeal's contact data, batch by batch, then deletes their photos (objects and rows); returns
     * how many appeals' contacts were erased.
     */
    public Uni<Long> eraseDue() {
        Instant now = clock.instant();
        return eraseBatch(now, 0L).call(erased -> deletePhotos(now.minus(retention), 0L));
    }

    private Uni<Long> deletePhotos(Instant finalBefore, long soFar) {
        return erasure.photosOfAppealsFinalBefore(finalBefore, BATCH).chain(due -> photos.delete(due).chain(deleted -> {
            long total = soFar + deleted;
            if (due.size() == BATCH) {
                return deletePhotos(finalBefore, total);
            }
            if (total > 0) {
                LOG.infof("Deleted %d photos of appeals final for over %d days", total, retention.toDays());
            }
            return Uni.createFrom().item(total);
        }));
    }

    private Uni<Long> eraseBatch(Instant now, long erasedSoFar) {
        return erasure.eraseBatch(now, now.minus(retention), BATCH)
                .chain(erased -> {
                    long total = erasedSoFar + erased;
                    if (erased == BATCH) {
                        return eraseBatch(now, total);
                    }
                    if (total > 0) {
                        LOG.infof("Erased the reporter's name and phone of %d appeals final for over %d days", total, retention.toDays());
                    }
                    return Uni.createFrom().item(total);
                });
    }
}
