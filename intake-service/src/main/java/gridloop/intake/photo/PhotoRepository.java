package gridloop.intake.photo;

import gridloop.events.Actor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PhotoRepository implements PanacheRepositoryBase<Photo, UUID> {

    /**
     * Attaches the uploads to an appeal, in the caller's transaction: only the uploader's own and only those not
     * attached yet. Returns how many were attached; fewer than asked means some were not the uploader's to attach.
     */
    public Uni<Integer> attach(Collection<UUID> ids, UUID appealId, String stage, Actor uploader, Instant at) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return update("appealId = :appeal, stage = :stage, attachedAt = :at where id in :ids and appealId is null"
                        + " and uploaderRole = :role and uploaderId = :uploader",
                Parameters.with("appeal", appealId).and("stage", stage).and("at", at).and("ids", ids)
                        .and("role", uploader.role()).and("uploader", uploader.id()));
    }

    /** Which of these photos are attached to the appeal. */
    public Uni<List<Photo>> attachedTo(Collection<UUID> ids, UUID appealId) {
        return list("id in ?1 and appealId = ?2", ids, appealId);
    }

    /** An appeal's photos, those of the submission first, in the order they were attached. */
    public Uni<List<Photo>> ofAppeal(UUID appealId) {
        return list("appealId = ?1 order by attachedAt, uploadedAt, id", appealId);
    }

    /** Uploads never attached, older than {@code before}, oldest first. */
    public Uni<List<Photo>> unattachedBefore(Instant before, int limit) {
        return find("appealId is null and uploadedAt < ?1 order by uploadedAt", before).page(0, limit).list();
    }

    public Uni<Long> deleteAll(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(0L) : delete("id in ?1", ids);
    }
}
