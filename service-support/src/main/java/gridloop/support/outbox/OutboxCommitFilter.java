package gridloop.support.outbox;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * After a request's work is done (a {@code @WithTransaction} method's transaction has committed, or rolled back), the
 * relay publishes what it wrote at once ({@link OutboxWakeUp}).
 */
public class OutboxCommitFilter {

    private final OutboxWakeUp wakeUp;

    OutboxCommitFilter(OutboxWakeUp wakeUp) {
        this.wakeUp = wakeUp;
    }

    @ServerResponseFilter
    public void wakeTheRelay() {
        wakeUp.afterCommit();
    }
}
