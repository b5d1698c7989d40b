package gridloop.command.duty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.events.GridRosterInForce;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Keeps each grid's roster in force (who works it, and their shifts) from {@code gridloop.grid-rosters}: a record
 * replaces the grid's row unless the row holds a later one, so redelivered or reordered records leave the same row.
 */
@ApplicationScoped
public class RosterStatements {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Uni<Void> apply(GridRosterInForce roster) {
        String workers;
        try {
            workers = JSON.writeValueAsString(roster.workers() == null ? List.of() : roster.workers());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A roster that is not JSON", e);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into grid_roster (grid_id, community_id, workers, occurred_at)
                        values (:grid, :community, cast(cast(:workers as text) as jsonb), :at)
                        on conflict (grid_id) do update set community_id = excluded.community_id,
                            workers = excluded.workers, occurred_at = excluded.occurred_at
                        where grid_roster.occurred_at < excluded.occurred_at
                        """)
                .setParameter("grid", roster.gridId()).setParameter("community", roster.communityId())
                .setParameter("workers", workers).setParameter("at", roster.occurredAt())
                .executeUpdate())
                .replaceWithVoid();
    }
}
