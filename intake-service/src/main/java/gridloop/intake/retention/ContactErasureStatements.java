package gridloop.intake.retention;

import gridloop.intake.photo.PhotoCleanup;
import java.util.List;
import gridloop.events.lifecycle.AppealStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/** Finds what to erase of appeals that became final long enough ago: the reporter's name and phone, the photos. */
@ApplicationScoped
public class ContactErasureStatements {

    /** The final statuses, as the lifecycle says: an appeal in one of them will not be worked on again. */
    private static final String[] FINAL = Arrays.stream(AppealStatus.values()).filter(AppealStatus::isFinal)
            .map(Enum::name).toArray(String[]::new);

    private final Pool pool;

    ContactErasureStatements(Pool pool) {
        this.pool = pool;
    }

    /**
     * Erases up to {@code limit} appeals final since before {@code finalBefore}, marked erased at {@code at}; rows
     * another instance holds are skipped. Returns how many were erased.
     */
    public Uni<Integer> eraseBatch(Instant at, Instant finalBefore, int limit) {
        return pool.preparedQuery("""
                        update appeal set reporter_name = null, reporter_phone = null, reporter_email = null,
                            reporter_contact_erased_at = $1
                        where id in (select id from appeal
                                     where reporter_contact_erased_at is null
                                       and status = any($4)
                                       and updated_at < $2
                                     order by updated_at
                                     limit $3
                                     for update skip locked)""")
                .execute(Tuple.of(utc(at), utc(finalBefore), limit, FINAL))
                .map(rows -> rows.rowCount());
    }

    /** Up to {@code limit} photos of appeals final since before {@code finalBefore}: deleted with the contact data. */
    public Uni<List<PhotoCleanup.StoredPhoto>> photosOfAppealsFinalBefore(Instant finalBefore, int limit) {
        return pool.preparedQuery("""
                        select p.id, p.object_key, p.thumbnail_key from photo p join appeal a on a.id = p.appeal_id
                        where a.status = any($2) and a.updated_at < $1
                        order by a.updated_at
                        limit $3""")
                .execute(Tuple.of(utc(finalBefore), FINAL, limit))
                .map(rows -> java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                        .map(row -> new PhotoCleanup.StoredPhoto(row.getUUID("id"), row.getString("object_key"),
                                row.getString("thumbnail_key"))).toList());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
