package gridloop.support.health;

import gridloop.support.outbox.OutboxBacklog;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the outbox keeps up: DOWN when the oldest unsent event has waited longer than
 * {@code gridloop.health.outbox-max-age}. The service still accepts and stores changes then (that is what the
 * outbox is for), but what it announces is late, and an operator should know.
 */
@Readiness
@ApplicationScoped
public class OutboxBacklogCheck implements AsyncHealthCheck {

    static final String NAME = "Outbox backlog";

    private final OutboxBacklog backlog;
    private final Duration maxAge;

    OutboxBacklogCheck(OutboxBacklog backlog,
            @ConfigProperty(name = "gridloop.health.outbox-max-age", defaultValue = "60s") Duration maxAge) {
        this.backlog = backlog;
        this.maxAge = maxAge;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return backlog.measure()
                .map(now -> HealthCheckResponse.named(NAME)
                        .status(now.oldestAge().compareTo(maxAge) <= 0)
                        .withData("unsent", now.unsent())
                        .withData("oldestUnsentSeconds", now.oldestAge().toSeconds())
                        .withData("maxAgeSeconds", maxAge.toSeconds())
                        .build())
                .onFailure().recoverWithItem(error -> HealthCheckResponse.named(NAME).down()
                        .withData("reason", String.valueOf(error.getMessage())).build());
    }
}
