package gridloop.intake.retention;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Erases a reporter's name and phone (sets them to null; the appeal stays) once the appeal has been in a final
 * state (closed, rejected, withdrawn) for longer than {@code gridloop.retention.reporter-contact} (180 days by
 * default). The last change of a final appeal is the time it became final (a later event only postpones the
 * erasure). Nothing is published: the evaluation never saw contact data. Safe with several instances: each batch
 * takes its rows with {@code for update skip locked}, and erasing twice is erasing once.
 */
@ApplicationScoped
public class ContactDataRetention {

    private static final Logger LOG = Logger.getLogger(ContactDataRetention.class);
    static final int BATCH = 500;

    private final Pool pool;
    private final Clock clock;
    private final Duration retention;

    ContactDataRetention(Pool pool, Clock clock,
            @ConfigProperty(name = "gridloop.retention.reporter-contact", defaultValue = "P180D") Duration retention) {
        this.pool = pool;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "${gridloop.retention.check-interval:1h}", delay = 15, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return eraseDue().replaceWithVoid();
    }

    /** Erases every due appeal's contact data, batch by batch; returns how many appeals were erased. */
    public Uni<Long> eraseDue() {
        Instant now = clock.instant();
        return eraseBatch(now, 0L);
    }

    private Uni<Long> eraseBatch(Instant now, long erasedSoFar) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return pool.preparedQuery("""
                        update appeal set reporter_name = null, reporter_phone = null, reporter_contact_erased_at = $1
                        where id in (select id from appeal
                                     where reporter_contact_erased_at is null
                                       and status in ('CLOSED', 'REJECTED', 'WITHDRAWN')
                                       and updated_at < $2
                                     order by updated_at
                                     limit $3
                                     for update skip locked)""")
                .execute(Tuple.of(at, at.minus(retention), BATCH))
                .chain(rows -> {
                    long total = erasedSoFar + rows.rowCount();
                    if (rows.rowCount() == BATCH) {
                        return eraseBatch(now, total);
                    }
                    if (total > 0) {
                        LOG.infof("Erased the reporter's name and phone of %d appeals final for over %d days", total, retention.toDays());
                    }
                    return Uni.createFrom().item(total);
                });
    }
}
