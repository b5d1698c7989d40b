package gridloop.dispatch.roster;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class WorkerService {

    private final WorkerRepository workers;

    WorkerService(WorkerRepository workers) {
        this.workers = workers;
    }

    @WithSession
    public Uni<List<WorkerView>> ofGrid(String gridId) {
        return workers.ofGrid(gridId).map(list -> list.stream().map(WorkerView::of).toList());
    }
}
