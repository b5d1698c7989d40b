package gridloop.dispatch.grid;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The record of which map versions went out, and with which top units ({@code grid_map_published}). */
@ApplicationScoped
public class GridMapPublishedStatements {

    /** Claims the version for this publisher: 1 when it was not published before, else 0. */
    public Uni<Integer> claim(long version, String roots, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into grid_map_published (version, roots, published_at) values (:version, :roots, :at) "
                                + "on conflict do nothing")
                .setParameter("version", version).setParameter("roots", roots).setParameter("at", at)
                .executeUpdate());
    }

    /** The top units of the latest version published before this one (empty before the first). */
    public Uni<List<String>> rootsBefore(long version) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select roots from grid_map_published where version < :version order by version desc limit 1",
                        String.class)
                .setParameter("version", version).getResultList());
    }
}
