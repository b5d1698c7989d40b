package gridloop.feedback.evaluation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The claim that makes a period's snapshots go out once ({@code evaluation_period_published}). */
@ApplicationScoped
public class PeriodPublishedStatements {

    /** True when this caller claimed the period (nobody had); in the caller's transaction. */
    public Uni<Boolean> claim(Instant from, Instant to, int snapshots, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into evaluation_period_published (period_start, period_end, snapshots, published_at) "
                                + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, from).setParameter(2, to).setParameter(3, snapshots).setParameter(4, at)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
