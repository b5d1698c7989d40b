package gridloop.intake.returnvisit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Looks at the return visit's clocks every {@code gridloop.return-visits.check-interval}: reminders, then the queue. */
@ApplicationScoped
public class ReturnVisitScheduler {

    private static final Logger LOG = Logger.getLogger(ReturnVisitScheduler.class);

    private final ReturnVisitService visits;

    ReturnVisitScheduler(ReturnVisitService visits) {
        this.visits = visits;
    }

    @Scheduled(every = "${gridloop.return-visits.check-interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return visits.remindDue().chain(visits::enterDue)
                .onFailure().invoke(e -> LOG.warnf("Return visits not looked at this time: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
