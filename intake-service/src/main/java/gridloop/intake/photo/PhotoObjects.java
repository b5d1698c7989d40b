package gridloop.intake.photo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The photos' bytes in S3-compatible object storage (MinIO, Ceph, a cloud's S3; locally S3Proxy), through the AWS
 * SDK's blocking client: every call here runs on a worker thread, never on the event loop. The bucket is private:
 * an object is read through the API, or through a presigned link the API hands out after its access check. The
 * database holds the metadata only.
 */
@ApplicationScoped
public class PhotoObjects {

    private static final Logger LOG = Logger.getLogger(PhotoObjects.class);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    PhotoObjects(S3Client s3, S3Presigner presigner, @ConfigProperty(name = "gridloop.photos.bucket") String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    /** The bucket is made at start if it is missing; a store that does not answer yet only keeps readiness DOWN. */
    void atStart(@Observes StartupEvent start) {
        try {
            ensureBucket();
        } catch (RuntimeException e) {
            LOG.warnf("The photo store's bucket %s could not be checked at start (%s); readiness stays DOWN until it "
                    + "answers", bucket, e.getMessage());
        }
    }

    public void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            try {
                s3.createBucket(b -> b.bucket(bucket));
                LOG.infof("Created the private bucket %s for photos", bucket);
            } catch (BucketAlreadyOwnedByYouException madeMeanwhile) {
                // The readiness check and the start asked at the same moment: it is there.
            }
        }
    }

    public void put(String key, String mediaType, byte[] bytes) {
        // From the array itself: RequestBody.fromBytes would copy three megabytes per photo.
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(mediaType).contentLength((long) bytes.length),
                RequestBody.fromContentProvider(() -> new java.io.ByteArrayInputStream(bytes), bytes.length, mediaType));
    }

    public byte[] get(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    }

    /** Deletes the objects; a key already gone is no error (S3 deletes are idempotent). */
    public void delete(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<ObjectIdentifier> objects = keys.stream().map(key -> ObjectIdentifier.builder().key(key).build()).toList();
        s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder().objects(objects).quiet(true).build()));
    }

    public boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            return false;
        }
    }

    /** A link that reads the object without credentials until it expires. */
    public String presignedGet(String key, Duration validFor) {
        GetObjectRequest get = GetObjectRequest.builder().bucket(bucket).key(key).build();
        return presigner.presignGetObject(p -> p.signatureDuration(validFor).getObjectRequest(get)).url().toString();
    }

    /** For readiness: the bucket answers. */
    public void check() {
        s3.headBucket(b -> b.bucket(bucket));
    }
}
