package gridloop.dispatch.roster;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class WorkerService {

    private final WorkerRepository workers;
    private final Clock clock;
    private final ZoneId districtZone;

    WorkerService(WorkerRepository workers, Clock clock,
            @ConfigProperty(name = "gridloop.district-zone") ZoneId districtZone) {
        this.workers = workers;
        this.clock = clock;
        this.districtZone = districtZone;
    }

    @WithSession
    public Uni<List<WorkerView>> ofGrid(String gridId) {
        Instant now = clock.instant();
        return workers.ofGrid(gridId).map(list -> list.stream().map(w -> WorkerView.of(w, now, districtZone)).toList());
    }
}
