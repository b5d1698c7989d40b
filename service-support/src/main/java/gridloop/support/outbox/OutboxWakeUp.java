package gridloop.support.outbox;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes this instance's relay once a transaction that wrote the outbox has committed, instead of a database-wide
 * NOTIFY. {@link OutboxWriter} marks the request's (or the consumer batch's) Vert.x context; whoever commits (the
 * REST response filter, the event inbox) calls {@link #afterCommit()}. Work that runs on no such context (a scheduled
 * job) is found by the relay's short poll after activity, within its poll interval at worst.
 */
@ApplicationScoped
public class OutboxWakeUp {

    private static final String WRITTEN = "gridloop.outbox.written";

    private final OutboxRelay relay;

    OutboxWakeUp(OutboxRelay relay) {
        this.relay = relay;
    }

    /** The current transaction appended to the outbox (called inside it). */
    void written() {
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(WRITTEN, Boolean.TRUE);
        }
    }

    /** The current context's transaction has ended: if it wrote the outbox, the relay publishes now. */
    public void afterCommit() {
        if (VertxContext.isOnDuplicatedContext() && ContextLocals.remove(WRITTEN)) {
            relay.wakeUp();
        }
    }
}
