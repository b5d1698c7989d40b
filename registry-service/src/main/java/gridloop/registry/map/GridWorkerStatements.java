package gridloop.registry.map;

import gridloop.events.GridRosterInForce;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps {@code grid_worker} as dispatch's roster in force (gridloop.grid-rosters): a grid's record replaces it. */
@ApplicationScoped
public class GridWorkerStatements {

    public Uni<Void> apply(GridRosterInForce roster) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "delete from grid_worker where grid_id = :grid").setParameter("grid", roster.gridId())
                .executeUpdate()
                .chain(() -> Multi.createFrom().iterable(roster.workers()).onItem()
                        .transformToUniAndConcatenate(worker -> session.createNativeQuery(
                                        "insert into grid_worker (worker_id, grid_id) values (:worker, :grid) "
                                                + "on conflict do nothing")
                                .setParameter("worker", worker.workerId()).setParameter("grid", roster.gridId())
                                .executeUpdate())
                        .collect().asList()))
                .replaceWithVoid();
    }
}
