package gridloop.command.marker;

import gridloop.command.map.MarkerFilter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The counters at the top of the command centre's page, live from the read model; "today" and "this month" are
 * the district's. The rates are the evaluation's (docs/evaluation.md) for the appeals submitted in the period,
 * as known now: response = responded to / received; closure = closed / received; satisfaction = satisfied / rated
 * appeals (the latest rating of each), over the appeals that count in the evaluation. "Counts", "responded" and
 * "satisfied" are the contract's rules ({@code AppealStatus.countsInEvaluation}, {@code AppealAccepted.responded},
 * {@code AppealRated.isSatisfied}), applied by the projector and stored on the row.
 */
@ApplicationScoped
public class CounterQueries {

    private static final String NOW = """
            select count(*) filter (where is_open) as open,
                   count(*) filter (where is_open and %s) as overdue,
                   count(*) filter (where is_open and status = 'ESCALATED') as escalated,
                   count(*) filter (where is_open and queue = 'OPERATORS') as operators_queue,
                   (select count(*) from feed_event where ce_type = 'gridloop.appeal.assigned.v1'
                        and occurred_at >= $1) as assigned_today,
                   (select count(*) from feed_event where ce_type = 'gridloop.appeal.closed.v1'
                        and occurred_at >= $1) as closed_today
            from appeal_marker
            """.formatted(MarkerFilter.OVERDUE_SQL);
    private static final String RATES = """
            select count(*) as received,
                   count(*) filter (where responded) as responded,
                   count(*) filter (where status = 'CLOSED') as closed,
                   count(satisfaction) as rated,
                   count(*) filter (where satisfied) as satisfied
            from appeal_marker
            where submitted_at >= $1 and submitted_at < $2 and counted
            """;

    private final Pool pool;
    private final Clock clock;
    private final ZoneId zone;

    CounterQueries(Pool pool, Clock clock, @ConfigProperty(name = "gridloop.district-zone") ZoneId zone) {
        this.pool = pool;
        this.clock = clock;
        this.zone = zone;
    }

    public record Rates(long received, Double responseRate, Double closureRate, Double satisfiedRate) {
    }

    public record Counters(long open, long overdue, long escalated, long operatorsQueue, long assignedToday,
            long closedToday, Rates today, Rates thisMonth) {
    }

    /** The counters now, in the district's day and month. */
    public Uni<Counters> counters() {
        ZonedDateTime now = clock.instant().atZone(zone);
        Instant today = now.truncatedTo(ChronoUnit.DAYS).toInstant();
        Instant month = now.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant();
        Instant end = now.toInstant().plusSeconds(1);
        return pool.preparedQuery(NOW).execute(Tuple.of(utc(today))).map(rows -> rows.iterator().next())
                .chain(row -> rates(today, end).chain(daily -> rates(month, end).map(monthly -> new Counters(
                        row.getLong("open"), row.getLong("overdue"), row.getLong("escalated"),
                        row.getLong("operators_queue"), row.getLong("assigned_today"), row.getLong("closed_today"),
                        daily, monthly))));
    }

    private Uni<Rates> rates(Instant from, Instant to) {
        return pool.preparedQuery(RATES).execute(Tuple.of(utc(from), utc(to))).map(rows -> {
            Row row = rows.iterator().next();
            long received = row.getLong("received");
            return new Rates(received, ratio(row.getLong("responded"), received), ratio(row.getLong("closed"), received),
                    ratio(row.getLong("satisfied"), row.getLong("rated")));
        });
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
