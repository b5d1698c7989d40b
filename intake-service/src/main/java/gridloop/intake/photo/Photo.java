package gridloop.intake.photo;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A photo's metadata; its bytes are in the object store ({@link PhotoObjects}). */
@Entity
@Table(name = "photo")
public class Photo extends PanacheEntityBase {

    public static final String SUBMISSION = "SUBMISSION";
    public static final String CLOSURE = "CLOSURE";

    @Id
    public UUID id;
    @Column(name = "uploader_role")
    public String uploaderRole;
    @Column(name = "uploader_id")
    public String uploaderId;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public int width;
    public int height;
    @Column(name = "object_key")
    public String objectKey;
    /** Null when no thumbnail could be made: the photo itself serves. */
    @Column(name = "thumbnail_key")
    public String thumbnailKey;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    /** Null until attached, once, to an appeal. */
    @Column(name = "appeal_id")
    public UUID appealId;
    public String stage;
    @Column(name = "attached_at")
    public Instant attachedAt;

    public boolean uploadedBy(gridloop.events.Actor actor) {
        return actor != null && uploaderRole.equals(actor.role()) && uploaderId.equals(actor.id());
    }

    /** The key of what serves as the thumbnail. */
    public String thumbnailOrPhotoKey() {
        return thumbnailKey != null ? thumbnailKey : objectKey;
    }
}
