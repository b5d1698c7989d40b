package gridloop.support.health;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import gridloop.support.kafka.KafkaConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the Kafka broker answers. The broker is asked in the background every
 * {@code gridloop.health.kafka-interval} with a bounded timeout, and a probe reports the latest answer at once:
 * Quarkus' own Kafka check asks during the probe and, with the broker gone, waits for the admin client's
 * 60 s API timeout, far past any probe's deadline. So readiness goes DOWN within seconds of the broker going
 * away and UP again as soon as it answers.
 */
@Readiness
@ApplicationScoped
public class KafkaBrokerCheck implements HealthCheck {

    static final String NAME = "Kafka broker";

    private record Answer(boolean up, Instant at, String detail) {
    }

    private final KafkaConnection connection;
    private final Duration timeout;
    private volatile Answer latest = new Answer(false, Instant.now(), "not asked yet");
    private volatile Admin admin;

    KafkaBrokerCheck(KafkaConnection connection,
            @ConfigProperty(name = "gridloop.health.kafka-timeout", defaultValue = "2s") Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        Answer answer = latest;
        return HealthCheckResponse.named(NAME).status(answer.up())
                .withData(answer.up() ? "brokers" : "reason", answer.detail())
                .withData("askedAt", answer.at().toString())
                .build();
    }

    /** Runs on a worker thread; a slow answer delays the next question, never a probe. */
    @Scheduled(every = "${gridloop.health.kafka-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ask() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            latest = new Answer(nodes > 0, Instant.now(), String.valueOf(nodes));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            latest = new Answer(false, Instant.now(), cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    int millis = (int) timeout.toMillis();
                    Map<String, Object> settings = connection.settings();
                    settings.putAll(Map.of(
                            AdminClientConfig.CLIENT_ID_CONFIG, "gridloop-health",
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
                            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000));
                    admin = Admin.create(settings);
                }
                current = admin;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        Admin current = admin;
        if (current != null) {
            current.close(Duration.ofSeconds(2));
        }
    }
}
