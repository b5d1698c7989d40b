package gridloop.registry.household;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Erases household contacts not recorded again or changed within the retention period (docs/data-protection.md). */
@ApplicationScoped
public class ContactRetention {

    private static final Logger LOG = Logger.getLogger(ContactRetention.class);

    private final HouseholdStatements statements;
    private final Clock clock;
    private final Duration retention;

    ContactRetention(HouseholdStatements statements, Clock clock,
            @ConfigProperty(name = "gridloop.registry.contact-retention") Duration retention) {
        this.statements = statements;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "${gridloop.registry.contact-retention.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> eraseExpired() {
        return Panache.withTransaction(() -> statements.eraseContactsBefore(clock.instant().minus(retention)))
                .invoke(erased -> {
                    if (erased > 0) {
                        LOG.infof("Erased %d household contact(s) kept longer than %s", erased, retention);
                    }
                }).replaceWithVoid();
    }
}
