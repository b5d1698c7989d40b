package gridloop.feedback.evaluation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the evaluation in one SQL query over feedback's own tables (definitions in the README). Ratings
 * and first closures are aggregated per appeal before the join, so the cost grows with the appeals of the
 * period, not with units x ratings (bench/evaluation-at-scale.sh has the figures at 1M appeals).
 * The level only picks a column from a fixed enum, never text from the request.
 */
@ApplicationScoped
public class EvaluationRepository {

    private final Pool pool;

    EvaluationRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<UnitEvaluation>> evaluate(EvaluationLevel level, Instant from, Instant to) {
        String sql = """
                with unit_appeals as (
                    select a.appeal_id, a.status, a.submitted_at, a.accepted_at, a.accept_by, a.resolve_by,
                           a.closed_at, a.reopen_count, a.%1$s as unit_id, a.%2$s as unit_name
                    from appeal_view a
                    where a.submitted_at >= $1 and a.submitted_at < $2 and a.%1$s is not null
                      and a.status not in ('REJECTED', 'WITHDRAWN')
                ), ratings_per_appeal as (
                    select r.appeal_id, count(*) as ratings, sum(r.satisfaction) as satisfaction,
                           count(*) filter (where r.satisfaction >= 4) as satisfied
                    from rating r join unit_appeals u on u.appeal_id = r.appeal_id group by r.appeal_id
                ), first_closure as (
                    select c.appeal_id, min(c.reported_at) as reported_at
                    from closure c join unit_appeals u on u.appeal_id = c.appeal_id group by c.appeal_id
                )
                select u.unit_id, max(u.unit_name) as unit_name,
                       count(*) as received,
                       count(*) filter (where u.status = 'CLOSED') as closed,
                       count(*) filter (where u.accepted_at <= u.accept_by) as responded,
                       count(f.appeal_id) as resolved,
                       count(*) filter (where f.reported_at <= u.resolve_by) as resolved_on_time,
                       avg(extract(epoch from (u.closed_at - u.submitted_at)) / 3600.0)
                           filter (where u.status = 'CLOSED') as mean_hours_to_close,
                       percentile_cont(0.9) within group (order by extract(epoch from (u.closed_at - u.submitted_at)) / 3600.0)
                           filter (where u.status = 'CLOSED') as p90_hours_to_close,
                       count(*) filter (where u.reopen_count > 0) as reopened,
                       sum(r.satisfaction)::numeric / nullif(sum(r.ratings), 0) as mean_satisfaction,
                       coalesce(sum(r.satisfied), 0) as satisfied,
                       coalesce(sum(r.ratings), 0) as ratings
                from unit_appeals u
                left join first_closure f on f.appeal_id = u.appeal_id
                left join ratings_per_appeal r on r.appeal_id = u.appeal_id
                group by u.unit_id
                """.formatted(level.idColumn(), level.nameColumn());
        return pool.preparedQuery(sql)
                .execute(Tuple.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<UnitEvaluation> units = new ArrayList<>();
                    rows.forEach(row -> units.add(toUnit(row)));
                    return units;
                });
    }

    /** Whether the snapshots of [from, to) were published (claimed) already. */
    public Uni<Boolean> isPublished(Instant from, Instant to) {
        return pool.preparedQuery("select 1 from evaluation_period_published where period_start = $1 and period_end = $2")
                .execute(Tuple.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.size() > 0);
    }

    private static UnitEvaluation toUnit(Row row) {
        long received = row.getLong("received");
        long closed = row.getLong("closed");
        long resolved = row.getLong("resolved");
        long reopened = row.getLong("reopened");
        long ratings = row.getLong("ratings");
        Double meanHours = row.getNumeric("mean_hours_to_close") == null ? null
                : row.getNumeric("mean_hours_to_close").doubleValue();
        Double meanSatisfaction = row.getNumeric("mean_satisfaction") == null ? null
                : row.getNumeric("mean_satisfaction").doubleValue();
        long responded = row.getLong("responded");
        return new UnitEvaluation(row.getString("unit_id"), row.getString("unit_name"), received, responded,
                ratio(responded, received), closed, ratio(closed, received), resolved, ratio(row.getLong("resolved_on_time"), resolved), meanHours,
                row.getDouble("p90_hours_to_close"),
                reopened, ratio(reopened, received), meanSatisfaction, ratio(row.getLong("satisfied"), ratings),
                ratings);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
