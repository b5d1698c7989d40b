package gridloop.registry.household;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The one way to a contact (a household's, or an organisation's): each read writes who, when, which record and why to
 * {@code contact_read} in the transaction that reads it, so a contact that was read is always in the log. A record
 * without a contact logs nothing.
 */
@ApplicationScoped
public class ContactReadStatements {

    public static final String HOUSEHOLD = "household";
    public static final String ORGANISATION = "organisation";

    /** Who reads (token subject and role), which record (and its building), why, and when. */
    public record Read(String reader, String readerRole, String recordKind, UUID recordId, String buildingId,
            String purpose, Instant at) {
    }

    /** A contact as stored: name, phone, and when it was recorded or last changed (null for an organisation's). */
    public record Stored(String name, String phone, Instant recordedAt) {
    }

    public Uni<Optional<Stored>> read(Read read) {
        String sql = read.recordKind().equals(HOUSEHOLD)
                ? "select name, phone, confirmed_at from household_contact where household_id = :id"
                : "select contact_name, contact_phone, null from organisation "
                        + "where id = :id and contact_name is not null";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("id", read.recordId()).getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Optional.<Stored>empty())
                        : log(session, read).replaceWith(Optional.of(stored(rows.get(0))))));
    }

    private static Stored stored(Object[] row) {
        Instant at = row[2] instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) row[2];
        return new Stored((String) row[0], (String) row[1], at);
    }

    private static Uni<Integer> log(Mutiny.Session session, Read read) {
        return session.createNativeQuery("""
                        insert into contact_read (read_at, reader, reader_role, record_kind, record_id, building_id,
                                                  purpose)
                        values (:at, :reader, :role, :kind, :record, :building, :purpose)
                        """)
                .setParameter("at", read.at()).setParameter("reader", read.reader())
                .setParameter("role", read.readerRole()).setParameter("kind", read.recordKind())
                .setParameter("record", read.recordId().toString()).setParameter("building", read.buildingId())
                .setParameter("purpose", read.purpose()).executeUpdate();
    }
}
