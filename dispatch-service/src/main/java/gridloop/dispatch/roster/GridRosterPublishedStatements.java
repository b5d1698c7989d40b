package gridloop.dispatch.roster;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** What was last published for each grid's roster ({@code grid_roster_published}). */
@ApplicationScoped
public class GridRosterPublishedStatements {

    public Uni<List<String>> publishedGrids() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select grid_id from grid_roster_published", String.class).getResultList());
    }

    /** Claims a grid's roster for publication: 1 when its fingerprint differs from the last published, else 0. */
    public Uni<Integer> claim(String gridId, String fingerprint, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into grid_roster_published (grid_id, fingerprint, published_at)
                        values (:grid, :fingerprint, :at)
                        on conflict (grid_id) do update set fingerprint = excluded.fingerprint,
                            published_at = excluded.published_at
                        where grid_roster_published.fingerprint <> excluded.fingerprint
                        """)
                .setParameter("grid", gridId).setParameter("fingerprint", fingerprint).setParameter("at", at)
                .executeUpdate());
    }
}
