package gridloop.intake.appeal;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, Long> {

    /** In the order things happened, whatever the order they arrived in. */
    public Uni<List<TimelineEntry>> of(UUID appealId) {
        return list("appealId", Sort.by("occurredAt").and("id"), appealId);
    }

    /** The entries of these events (ce_ids), in any order. */
    public Uni<List<TimelineEntry>> ofEvents(java.util.Collection<String> eventIds) {
        return eventIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("eventId in ?1", eventIds);
    }
}
