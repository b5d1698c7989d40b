package gridloop.intake.notification;

import gridloop.events.wording.EventWording;
import gridloop.events.wording.Phrase;
import gridloop.events.wording.EventWording.Wording;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * The relay's statements: a batch of due deliveries taken with {@code for update skip locked} (several instances
 * share the work, none sends what another holds), each marked sent, or tried again later, in the same transaction.
 */
@ApplicationScoped
public class NotificationStatements {

    private final Pool pool;

    NotificationStatements(Pool pool) {
        this.pool = pool;
    }

    /** Sends up to {@code limit} due deliveries with {@code send}; returns how many were sent. */
    public Uni<Integer> deliverDue(Instant now, int limit, Function<DueDelivery, Uni<Void>> send,
            Function<Integer, Duration> backoff) {
        return pool.withTransaction(connection -> due(connection, now, limit).chain(due -> Multi.createFrom()
                .iterable(due)
                .onItem().transformToUniAndConcatenate(delivery -> send.apply(delivery)
                        .chain(() -> sent(connection, delivery.id(), now)).replaceWith(1)
                        .onFailure().recoverWithUni(failure -> failed(connection, delivery,
                                now.plus(backoff.apply(delivery.attempts() + 1)), failure).replaceWith(0)))
                .collect().asList()
                .map(results -> results.stream().mapToInt(Integer::intValue).sum())));
    }

    private Uni<List<DueDelivery>> due(SqlConnection connection, Instant now, int limit) {
        return connection.preparedQuery("""
                        select d.id, d.notification_id, d.channel, d.attempts, n.kind, n.appeal_id, a.reference,
                               a.reporter_email, a.reporter_phone, a.reporter_language, a.reporter_sub, t.phrase, t.params
                        from notification_delivery d
                        join notification n on n.id = d.notification_id
                        join appeal a on a.id = n.appeal_id
                        left join appeal_timeline t on t.appeal_id = n.appeal_id and t.event_id = n.event_id
                        where d.sent_at is null and d.next_attempt_at <= $1 and d.not_before <= $1
                        order by d.next_attempt_at, d.id
                        limit $2
                        for update of d skip locked""")
                .execute(Tuple.of(utc(now), limit))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(NotificationStatements::delivery)
                        .toList());
    }

    private static DueDelivery delivery(Row row) {
        String phrase = row.getString("phrase");
        Wording step = phrase == null ? null
                : new Wording(Phrase.valueOf(phrase), EventWording.paramsFromJson(row.getString("params")));
        return new DueDelivery(row.getLong("id"), row.getUUID("notification_id"),
                Channel.valueOf(row.getString("channel")), row.getInteger("attempts"),
                NotificationKind.valueOf(row.getString("kind")), row.getUUID("appeal_id"), row.getString("reference"),
                row.getString("reporter_email"), row.getString("reporter_phone"), row.getString("reporter_language"),
                step, row.getString("reporter_sub"));
    }

    private static Uni<Void> sent(SqlConnection connection, long id, Instant at) {
        return connection.preparedQuery("update notification_delivery set sent_at = $2, last_error = null where id = $1")
                .execute(Tuple.of(id, utc(at))).replaceWithVoid();
    }

    private static Uni<Void> failed(SqlConnection connection, DueDelivery delivery, Instant next, Throwable failure) {
        String error = String.valueOf(failure.getMessage());
        return connection.preparedQuery("""
                        update notification_delivery set attempts = attempts + 1, next_attempt_at = $2, last_error = $3
                        where id = $1""")
                .execute(Tuple.of(delivery.id(), utc(next), error.length() > 500 ? error.substring(0, 500) : error))
                .replaceWithVoid();
    }

    /** Messages still to go (for readiness and the tests' "quiet"): not sent, whatever their time. */
    public Uni<Long> unsent() {
        return pool.query("select count(*) from notification_delivery where sent_at is null").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
