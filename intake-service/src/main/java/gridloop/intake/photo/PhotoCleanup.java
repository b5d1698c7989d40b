package gridloop.intake.photo;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes photos, objects first and rows after, so that no row ever names an object that is gone: uploads never
 * attached within {@code gridloop.photos.unattached-for} (24 h), every {@code gridloop.photos.sweep-interval}; and,
 * for the retention of contact data, the photos of appeals final long enough ({@link #delete}). With the object store
 * down, nothing is deleted and the next run tries again.
 */
@ApplicationScoped
public class PhotoCleanup {

    private static final Logger LOG = Logger.getLogger(PhotoCleanup.class);
    static final int BATCH = 200;

    private final PhotoRepository photos;
    private final PhotoObjects objects;
    private final PhotoWork work;
    private final Clock clock;
    private final Duration unattachedFor;

    PhotoCleanup(PhotoRepository photos, PhotoObjects objects, PhotoWork work, Clock clock,
            @ConfigProperty(name = "gridloop.photos.unattached-for", defaultValue = "PT24H") Duration unattachedFor) {
        this.photos = photos;
        this.objects = objects;
        this.work = work;
        this.clock = clock;
        this.unattachedFor = unattachedFor;
    }

    @Scheduled(every = "${gridloop.photos.sweep-interval:1h}", delay = 5, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return deleteUnattached().onFailure().invoke(e -> LOG.warnf("Unattached photos not swept: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Deletes every upload left unattached for longer than the limit; returns how many. */
    public Uni<Long> deleteUnattached() {
        Instant before = clock.instant().minus(unattachedFor);
        return sweep(before, 0L);
    }

    private Uni<Long> sweep(Instant before, long soFar) {
        return Panache.withSession(() -> photos.unattachedBefore(before, BATCH))
                .chain(batch -> delete(batch.stream().map(StoredPhoto::of).toList()).chain(deleted -> {
                    long total = soFar + deleted;
                    if (batch.size() == BATCH) {
                        return sweep(before, total);
                    }
                    if (total > 0) {
                        LOG.infof("Deleted %d photos never attached within %s", total, unattachedFor);
                    }
                    return Uni.createFrom().item(total);
                }));
    }

    /** What names a stored photo: its row and its objects. */
    public record StoredPhoto(UUID id, String objectKey, String thumbnailKey) {
        static StoredPhoto of(Photo photo) {
            return new StoredPhoto(photo.id, photo.objectKey, photo.thumbnailKey);
        }
    }

    /** Deletes the photos' objects, then their rows; returns how many rows went. */
    public Uni<Integer> delete(List<StoredPhoto> stored) {
        if (stored.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<String> keys = stored.stream().flatMap(photo -> Stream.of(photo.objectKey(), photo.thumbnailKey()))
                .filter(java.util.Objects::nonNull).toList();
        return work.run(() -> {
            objects.delete(keys);
            return null;
        }).chain(() -> Panache.withTransaction(() -> photos.deleteAll(stored.stream().map(StoredPhoto::id).toList())))
                .map(Long::intValue);
    }
}
