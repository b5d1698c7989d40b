package gridloop.intake.contact;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** The audit trail of contact reads ({@code contact_read}), written in the session of the read that it records. */
@ApplicationScoped
public class ContactReadStatements {

    public Uni<Integer> record(UUID appealId, ContactService.Holder holder, String purpose, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into contact_read (appeal_id, reader_role, reader_id, purpose, read_at)
                        values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, appealId).setParameter(2, holder.role()).setParameter(3, holder.id())
                .setParameter(4, purpose).setParameter(5, at.atOffset(ZoneOffset.UTC)).executeUpdate());
    }
}
