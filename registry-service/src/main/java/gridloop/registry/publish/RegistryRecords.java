package gridloop.registry.publish;

import gridloop.events.RegistryEvent;
import gridloop.support.outbox.OutboxWriter;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Puts records as they now stand ({@link RecordStatements}) on the registry's compacted topics, through the outbox,
 * in the caller's transaction: whatever changed a record publishes it in the same commit.
 */
@ApplicationScoped
public class RegistryRecords {

    private final RecordStatements statements;
    private final OutboxWriter outbox;
    private final Clock clock;

    RegistryRecords(RecordStatements statements, OutboxWriter outbox, Clock clock) {
        this.statements = statements;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> buildings(Collection<String> ids) {
        return statements.buildings(ids, clock.instant()).chain(this::append);
    }

    public Uni<Void> organisations(Collection<UUID> ids) {
        return statements.organisations(ids, clock.instant()).chain(this::append);
    }

    public Uni<Void> facilities(Collection<UUID> ids) {
        return statements.facilities(ids, clock.instant()).chain(this::append);
    }

    private Uni<Void> append(List<? extends RegistryEvent> events) {
        return Multi.createFrom().iterable(events).onItem().transformToUniAndConcatenate(outbox::append)
                .collect().last().replaceWithVoid();
    }
}
