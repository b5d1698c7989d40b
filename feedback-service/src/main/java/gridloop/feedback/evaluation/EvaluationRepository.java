package gridloop.feedback.evaluation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the evaluation from the per-day rollups (migration V3): whole UTC days come from
 * {@code evaluation_daily} plus the deltas not folded yet, the partial days at either end of the period from
 * {@code appeal_view} through the same SQL function that feeds the rollups, so both give the same figures
 * (definitions in the README). Cost grows with units x days, not with appeals.
 */
@ApplicationScoped
public class EvaluationRepository {

    private static final String SQL = """
            with parts as (
                select d.unit_id, d.unit_name, d.received, d.responded, d.resolved, d.resolved_on_time, d.closed,
                       d.reopened, d.ratings, d.satisfaction_sum, d.satisfied, d.close_ms, d.close_histogram,
                       null::smallint as close_bucket, d.closed_fixed, d.closed_not_fixable, d.closed_not_responsible
                from evaluation_daily d where d.level = $1 and d.day >= $6 and d.day < $7
                union all
                select x.unit_id, x.unit_name, x.received, x.responded, x.resolved, x.resolved_on_time, x.closed,
                       x.reopened, x.ratings, x.satisfaction_sum, x.satisfied, x.close_ms, null, x.close_bucket,
                       x.closed_fixed, x.closed_not_fixable, x.closed_not_responsible
                from evaluation_delta x where x.level = $1 and x.day >= $6 and x.day < $7
                union all
                select c.unit_id, c.unit_name, c.received, c.responded, c.resolved, c.resolved_on_time, c.closed,
                       c.reopened, c.ratings, c.satisfaction_sum, c.satisfied, c.close_ms, null, c.close_bucket,
                       c.closed_fixed, c.closed_not_fixable, c.closed_not_responsible
                from appeal_view a cross join lateral evaluation_contributions(a) c
                where c.level = $1 and ((a.submitted_at >= $2 and a.submitted_at < $3)
                                        or (a.submitted_at >= $4 and a.submitted_at < $5))
            )
            select unit_id, max(unit_name) as unit_name, sum(received)::bigint as received,
                   sum(responded)::bigint as responded, sum(resolved)::bigint as resolved,
                   sum(resolved_on_time)::bigint as resolved_on_time, sum(closed)::bigint as closed,
                   sum(reopened)::bigint as reopened, sum(ratings)::bigint as ratings,
                   sum(satisfaction_sum)::bigint as satisfaction_sum, sum(satisfied)::bigint as satisfied,
                   sum(close_ms)::bigint as close_ms, array[HISTOGRAM]::bigint[] as close_histogram,
                   sum(closed_fixed)::bigint as fixed, sum(closed_not_fixable)::bigint as not_fixable,
                   sum(closed_not_responsible)::bigint as not_responsible
            from parts group by unit_id having sum(received) > 0
            """.replace("HISTOGRAM", histogramSums());

    private final Pool pool;

    EvaluationRepository(Pool pool) {
        this.pool = pool;
    }

    /** The figures of every unit of the level for the appeals submitted in [from, to). */
    public Uni<List<UnitEvaluation>> evaluate(EvaluationLevel level, Instant from, Instant to) {
        Instant firstWholeDay = from.truncatedTo(ChronoUnit.DAYS);
        if (firstWholeDay.isBefore(from)) {
            firstWholeDay = firstWholeDay.plus(1, ChronoUnit.DAYS);
        }
        Instant endOfWholeDays = to.truncatedTo(ChronoUnit.DAYS);
        if (!firstWholeDay.isBefore(endOfWholeDays)) {
            return fromAppeals(level, from, to);
        }
        return query(level, from, firstWholeDay, endOfWholeDays, to);
    }

    /** The same figures read from the appeals alone, bypassing the rollups: for checks and tests. */
    public Uni<List<UnitEvaluation>> fromAppeals(EvaluationLevel level, Instant from, Instant to) {
        return query(level, from, to, to, to);
    }

    /** Appeals in [from, firstWholeDay) and [endOfWholeDays, to) are read one by one, the days between rolled up. */
    private Uni<List<UnitEvaluation>> query(EvaluationLevel level, Instant from, Instant firstWholeDay,
            Instant endOfWholeDays, Instant to) {
        Tuple params = Tuple.tuple(List.of(level.name(), utc(from), utc(firstWholeDay), utc(endOfWholeDays), utc(to),
                LocalDate.ofInstant(firstWholeDay, ZoneOffset.UTC), LocalDate.ofInstant(endOfWholeDays, ZoneOffset.UTC)));
        return pool.preparedQuery(SQL).execute(params).map(rows -> {
            List<UnitEvaluation> units = new ArrayList<>();
            rows.forEach(row -> units.add(toUnit(row)));
            return units;
        });
    }

    private static String histogramSums() {
        // One sum per bucket: rolled-up days carry an array, deltas and single appeals one bucket each.
        StringBuilder sums = new StringBuilder();
        for (int bucket = 0; bucket < CloseTimeHistogram.BUCKETS; bucket++) {
            sums.append(bucket == 0 ? "" : ", ")
                    .append("coalesce(sum(close_histogram[").append(bucket + 1).append("]), 0) + coalesce(sum(closed) filter (where close_bucket = ")
                    .append(bucket).append("), 0)");
        }
        return sums.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Whether the snapshots of [from, to) were published (claimed) already. */
    public Uni<Boolean> isPublished(Instant from, Instant to) {
        return pool.preparedQuery("select 1 from evaluation_period_published where period_start = $1 and period_end = $2")
                .execute(Tuple.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.size() > 0);
    }

    private static UnitEvaluation toUnit(Row row) {
        long received = row.getLong("received");
        long responded = row.getLong("responded");
        long closed = row.getLong("closed");
        long resolved = row.getLong("resolved");
        long reopened = row.getLong("reopened");
        long ratings = row.getLong("ratings");
        Long[] histogram = row.getArrayOfLongs("close_histogram");
        long[] counts = new long[histogram.length];
        for (int bucket = 0; bucket < counts.length; bucket++) {
            counts[bucket] = histogram[bucket];
        }
        Double meanHours = closed == 0 ? null : row.getLong("close_ms") / 3_600_000.0 / closed;
        Double meanSatisfaction = ratings == 0 ? null : (double) row.getLong("satisfaction_sum") / ratings;
        return new UnitEvaluation(row.getString("unit_id"), row.getString("unit_name"), received, responded,
                ratio(responded, received), closed, ratio(closed, received), resolved,
                ratio(row.getLong("resolved_on_time"), resolved), meanHours,
                CloseTimeHistogram.percentileHours(counts, 0.9), reopened, ratio(reopened, received),
                meanSatisfaction, ratio(row.getLong("satisfied"), ratings), ratings, row.getLong("fixed"),
                row.getLong("not_fixable"), row.getLong("not_responsible"), ratio(row.getLong("fixed"), received), null);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
