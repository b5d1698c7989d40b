package gridloop.feedback.closure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The rating links used, by their tokens' hashes, in the caller's transaction. */
@ApplicationScoped
public class UsedRatingLinkStatements {

    /** True when this is the link's first use; false when it was used before. */
    public Uni<Boolean> claim(String fingerprint, UUID appealId, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into rating_link_used (fingerprint, appeal_id, used_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, fingerprint).setParameter(2, appealId).setParameter(3, at).executeUpdate())
                .map(inserted -> inserted > 0);
    }
}
