package gridloop.intake.photo;

import gridloop.events.Actor;
import gridloop.intake.messages.IntakeMessages;
import gridloop.support.i18n.Text;
import gridloop.support.idempotency.IdempotencyGuard;
import gridloop.support.problem.ApiException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Uploads, attachments and reads of photos. An upload is checked, stripped and given its thumbnail off the event
 * loop ({@link PhotoWork}), then stored in one transaction with its Idempotency-Key: the objects are written first, the row last, so a
 * store that fails leaves no row (503 with Retry-After, and what was written is deleted again), and the same
 * request with the same key completes it. A photo is read by its uploader, and once attached by whoever may read its
 * appeal ({@link AppealReadAccess}); anyone else is told it does not exist. Each read is logged.
 */
@ApplicationScoped
public class PhotoService {

    private static final Logger LOG = Logger.getLogger(PhotoService.class);
    static final long RETRY_AFTER_SECONDS = 5;

    private final PhotoRepository photos;
    private final PhotoObjects objects;
    private final AppealReadAccess appeals;
    private final IdempotencyGuard idempotency;
    private final Clock clock;
    private final PhotoWork work;
    private final Duration linkValidity;

    PhotoService(PhotoRepository photos, PhotoObjects objects, AppealReadAccess appeals, IdempotencyGuard idempotency,
            Clock clock, PhotoWork work,
            @ConfigProperty(name = "gridloop.photos.link-validity", defaultValue = "PT5M") Duration linkValidity) {
        this.photos = photos;
        this.objects = objects;
        this.appeals = appeals;
        this.idempotency = idempotency;
        this.clock = clock;
        this.work = work;
        this.linkValidity = linkValidity;
    }

    /** What makes two uploads the same request for the Idempotency-Key: the bytes. */
    record Fingerprint(String sha256) {
    }

    /** A multipart upload: the file Vert.x wrote, read only when a worker takes it up. */
    public Uni<PhotoView> upload(java.nio.file.Path file, Actor uploader, String idempotencyKey) {
        return upload(() -> {
            try {
                return java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, uploader, idempotencyKey);
    }

    public Uni<PhotoView> upload(byte[] upload, Actor uploader, String idempotencyKey) {
        return upload(() -> upload, uploader, idempotencyKey);
    }

    private record Checked(Fingerprint fingerprint, PreparedPhoto photo) {
    }

    private Uni<PhotoView> upload(Supplier<byte[]> upload, Actor uploader, String idempotencyKey) {
        return work.run(() -> {
            byte[] bytes = upload.get();
            return new Checked(new Fingerprint(sha256(bytes)), PhotoRules.prepare(bytes));
        }).chain(checked -> Panache.withTransaction(() -> idempotency.once(
                "photos.upload:" + uploader.role() + ":" + uploader.id(), idempotencyKey, checked.fingerprint(),
                PhotoView.class, () -> store(checked.photo(), uploader))));
    }

    private Uni<PhotoView> store(PreparedPhoto prepared, Actor uploader) {
        Photo photo = new Photo();
        photo.id = UUID.randomUUID();
        photo.uploaderRole = uploader.role();
        photo.uploaderId = uploader.id();
        photo.mediaType = prepared.format().mediaType();
        photo.sizeBytes = prepared.bytes().length;
        photo.width = prepared.width();
        photo.height = prepared.height();
        photo.objectKey = "photos/" + photo.id + "." + prepared.format().extension();
        photo.thumbnailKey = prepared.thumbnail().isPresent() ? "thumbnails/" + photo.id + ".jpg" : null;
        photo.uploadedAt = clock.instant();
        List<String> written = new ArrayList<>();
        return onObjectStore(() -> {
            objects.put(photo.objectKey, photo.mediaType, prepared.bytes());
            written.add(photo.objectKey);
            prepared.thumbnail().ifPresent(thumbnail -> {
                objects.put(photo.thumbnailKey, "image/jpeg", thumbnail);
                written.add(photo.thumbnailKey);
            });
            return null;
        }).chain(() -> photos.persist(photo))
                .map(stored -> PhotoView.of(photo))
                .onFailure().call(failure -> forget(written));
    }

    /** Deletes objects whose row will not be written; if the store is gone, the daily sweep cannot see them. */
    private Uni<Void> forget(List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return work.run(() -> {
            objects.delete(keys);
            return null;
        }).onFailure().invoke(e -> LOG.warnf("Objects %s of a failed upload could not be deleted: %s", keys,
                e.getMessage())).onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * Attaches uploads to an appeal in the caller's transaction. {@code strict}: any that is not the uploader's, or
     * attached already, refuses the whole request (422); else those are left out and logged (a closure report that
     * feedback accepted names them, intake attaches what it may).
     */
    public Uni<Void> attach(Collection<UUID> ids, UUID appealId, String stage, Actor uploader, Instant at,
            boolean strict) {
        Set<UUID> distinct = new LinkedHashSet<>(ids == null ? List.of() : ids);
        if (distinct.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return photos.attach(distinct, appealId, stage, uploader, at).chain(attached -> {
            if (attached == distinct.size()) {
                return Uni.createFrom().voidItem();
            }
            return photos.attachedTo(distinct, appealId).map(done -> {
                List<UUID> refused = distinct.stream()
                        .filter(id -> done.stream().noneMatch(photo -> photo.id.equals(id))).toList();
                if (strict) {
                    String listed = refused.toString();
                    throw ApiException.unprocessable("photo-not-attachable",
                            Text.of(IntakeMessages.class, IntakeMessages::photoNotAttachable),
                            Text.of(IntakeMessages.class, m -> m.photosNotYours(listed)),
                            ApiException.violation("photos",
                                    Text.of(IntakeMessages.class, IntakeMessages::photoNotYoursOrTaken)),
                            java.util.Map.of("photos", refused));
                }
                LOG.warnf("Appeal %s: photos %s were not attached (not uploaded by %s %s, or attached already)",
                        appealId, refused, uploader.role(), uploader.id());
                return null;
            });
        }).replaceWithVoid();
    }

    public Uni<List<PhotoView>> ofAppeal(UUID appealId) {
        return photos.ofAppeal(appealId).map(list -> list.stream().map(PhotoView::of).toList());
    }

    /** The appeal's photos for a reader who may read the appeal; 404 for anyone else. */
    public Uni<List<PhotoView>> ofAppeal(UUID appealId, AppealReader reader) {
        return Panache.withSession(() -> appeals.mayRead(appealId, reader).chain(yes -> {
            if (!yes) {
                throw ApiException.notFound(appealId);
            }
            return ofAppeal(appealId);
        }));
    }

    public Uni<PhotoView> view(UUID id, AppealReader reader) {
        return Panache.withSession(() -> readable(id, reader)).map(PhotoView::of);
    }

    public Uni<PhotoBytes> bytes(UUID id, AppealReader reader, boolean thumbnail) {
        return Panache.withSession(() -> readable(id, reader)).chain(photo -> {
            String key = thumbnail ? photo.thumbnailOrPhotoKey() : photo.objectKey;
            String type = thumbnail && photo.thumbnailKey != null ? "image/jpeg" : photo.mediaType;
            logRead(photo, reader, thumbnail ? "thumbnail" : "photo");
            return onObjectStore(() -> objects.get(key)).map(bytes -> new PhotoBytes(type, bytes))
                    .onFailure(NoSuchKeyException.class).transform(e -> ApiException.notFound(id));
        });
    }

    public Uni<PresignedLink> link(UUID id, AppealReader reader, boolean thumbnail) {
        return Panache.withSession(() -> readable(id, reader)).chain(photo -> {
            logRead(photo, reader, thumbnail ? "thumbnail link" : "photo link");
            Instant expires = clock.instant().plus(linkValidity);
            String key = thumbnail ? photo.thumbnailOrPhotoKey() : photo.objectKey;
            return onObjectStore(() -> new PresignedLink(objects.presignedGet(key, linkValidity), expires));
        });
    }

    private Uni<Photo> readable(UUID id, AppealReader reader) {
        return photos.findById(id).chain(photo -> {
            if (photo == null) {
                throw ApiException.notFound(id);
            }
            if (photo.uploadedBy(reader.actor())) {
                return Uni.createFrom().item(photo);
            }
            if (photo.appealId == null) {
                throw ApiException.notFound(id);
            }
            return appeals.mayRead(photo.appealId, reader).map(yes -> {
                if (!yes) {
                    throw ApiException.notFound(id);
                }
                return photo;
            });
        });
    }

    /** A photo is personal data: each read is logged, who and why (reading the appeal it belongs to, or one's own). */
    private static void logRead(Photo photo, AppealReader reader, String what) {
        String purpose = photo.uploadedBy(reader.actor()) ? "own upload" : "reading appeal " + photo.appealId;
        LOG.infof("Photo %s (%s) read by %s %s, purpose: %s", photo.id, what, reader.actor().role(),
                reader.actor().id(), purpose);
    }

    /**
     * Runs a call to the object store on a worker thread and answers on the caller's context. A store that does not
     * answer, or answers 5xx, is a 503 with Retry-After: nothing was stored, the request may be sent again.
     */
    <T> Uni<T> onObjectStore(Supplier<T> call) {
        return work.run(call).onFailure(PhotoService::storeDown)
                .transform(e -> {
                    LOG.warnf("The photo store does not answer: %s", e.getMessage());
                    return ApiException.unavailable(Text.of(IntakeMessages.class, IntakeMessages::objectStoreDown),
                            RETRY_AFTER_SECONDS);
                });
    }

    static boolean storeDown(Throwable e) {
        return e instanceof SdkClientException || e instanceof java.io.UncheckedIOException
                || e instanceof S3Exception s3 && s3.statusCode() >= 500;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
