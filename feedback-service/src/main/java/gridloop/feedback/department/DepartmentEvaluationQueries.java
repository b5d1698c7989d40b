package gridloop.feedback.department;

import gridloop.events.DepartmentFigures;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each department answered the whistle, for the appeals submitted in [from, to) (definitions in
 * docs/evaluation.md). Read from {@code department_part}, one row per appeal and department escalated to: far
 * fewer rows than appeals, so the exact 90th percentile is computed, not a histogram's.
 */
@ApplicationScoped
public class DepartmentEvaluationQueries {

    private static final String SQL = """
            select p.department, max(p.department_name) as department_name,
                   count(*) as engagements,
                   count(p.reported_in_at) as reported_in,
                   percentile_cont(0.9) within group (
                       order by extract(epoch from (p.reported_in_at - p.escalated_at)) / 3600.0)
                       filter (where p.reported_in_at is not null) as p90_hours_to_report_in,
                   count(p.sent_back_at) as sent_back,
                   count(*) filter (where p.sent_back_at is null
                                      and (p.done_at is not null or a.resolve_by < $3)) as parts_due,
                   count(*) filter (where p.sent_back_at is null and p.done_at <= a.resolve_by) as parts_on_time
            from department_part p join appeal_view a on a.appeal_id = p.appeal_id
            where a.submitted_at >= $1 and a.submitted_at < $2
              and a.counted
            group by p.department
            """;

    private final Pool pool;

    DepartmentEvaluationQueries(Pool pool) {
        this.pool = pool;
    }

    /** A part not done by {@code now} counts as due once its deadline is behind {@code now}. */
    public Uni<Map<String, Named>> evaluate(Instant from, Instant to, Instant now) {
        return pool.preparedQuery(SQL).execute(Tuple.tuple(List.of(from.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC)))).map(rows -> {
                    Map<String, Named> byDepartment = new LinkedHashMap<>();
                    rows.forEach(row -> byDepartment.put(row.getString("department"),
                            new Named(row.getString("department_name"), figures(row))));
                    return byDepartment;
                });
    }

    /** A department's name and its figures. */
    public record Named(String name, DepartmentFigures figures) {
    }

    private static DepartmentFigures figures(Row row) {
        long engagements = row.getLong("engagements");
        long reportedIn = row.getLong("reported_in");
        long sentBack = row.getLong("sent_back");
        long partsDue = row.getLong("parts_due");
        long partsOnTime = row.getLong("parts_on_time");
        return new DepartmentFigures(engagements, reportedIn, ratio(reportedIn, engagements),
                row.getDouble("p90_hours_to_report_in"), sentBack, ratio(sentBack, engagements), partsDue, partsOnTime,
                ratio(partsOnTime, partsDue));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
