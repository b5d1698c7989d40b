package gridloop.intake.photo;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the photo store answers: its bucket is asked in the background every few seconds, and a probe
 * reports the latest answer at once (a probe never waits on the store's timeouts).
 */
@Readiness
@ApplicationScoped
public class ObjectStoreCheck implements HealthCheck {

    static final String NAME = "Photo store";

    private record Answer(boolean up, Instant at, String detail) {
    }

    private final PhotoObjects objects;
    private volatile Answer latest = new Answer(false, Instant.now(), "not asked yet");

    ObjectStoreCheck(PhotoObjects objects) {
        this.objects = objects;
    }

    @Override
    public HealthCheckResponse call() {
        Answer answer = latest;
        return HealthCheckResponse.named(NAME).status(answer.up()).withData(answer.up() ? "bucket" : "reason",
                answer.detail()).withData("askedAt", answer.at().toString()).build();
    }

    @Scheduled(every = "${gridloop.health.object-store-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ask() {
        try {
            objects.ensureBucket();
            latest = new Answer(true, Instant.now(), "answers");
        } catch (RuntimeException e) {
            latest = new Answer(false, Instant.now(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
