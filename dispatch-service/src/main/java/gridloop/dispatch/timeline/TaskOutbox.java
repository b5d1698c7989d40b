package gridloop.dispatch.timeline;

import gridloop.events.AppealEvent;
import gridloop.support.outbox.PublicationFacts;
import gridloop.support.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * How dispatch publishes an appeal's event: into the outbox and onto the task's timeline, both in the caller's
 * transaction, so the timeline holds every event dispatch published and none it did not.
 */
@ApplicationScoped
public class TaskOutbox {

    private final OutboxWriter outbox;
    private final TaskTimeline timeline;

    TaskOutbox(OutboxWriter outbox, TaskTimeline timeline) {
        this.outbox = outbox;
        this.timeline = timeline;
    }

    /** Must run inside an active reactive transaction, as {@link OutboxWriter#append(AppealEvent, PublicationFacts)}. */
    public Uni<UUID> append(AppealEvent event, PublicationFacts facts) {
        return outbox.append(event, facts).call(() -> timeline.record(event));
    }
}
