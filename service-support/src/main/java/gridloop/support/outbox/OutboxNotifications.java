package gridloop.support.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * LISTENs on the channel that the outbox trigger notifies on commit, and wakes the relay. NOTIFY is sent
 * by PostgreSQL at commit, so this works for every instance and every writer, with no hook in the code
 * that writes. A lost connection is re-established; the relay's poll interval covers the gap.
 */
@ApplicationScoped
public class OutboxNotifications {

    static final String CHANNEL = "gridloop_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final String url;
    private final String username;
    private final String password;
    private PgSubscriber subscriber;

    OutboxNotifications(Vertx vertx, OutboxRelay relay,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.relay = relay;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent startup) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(username).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(payload -> relay.wakeUp());
        subscriber.connect().subscribe().with(
                ok -> LOG.debugf("Listening on %s", CHANNEL),
                error -> LOG.warnf("Cannot LISTEN on %s (the relay polls instead): %s", CHANNEL, error.getMessage()));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ok -> { }, error -> LOG.debug("Closing the subscriber failed", error));
        }
    }
}
