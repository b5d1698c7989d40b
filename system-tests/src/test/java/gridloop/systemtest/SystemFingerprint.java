package gridloop.systemtest;

import static org.awaitility.Awaitility.await;

import gridloop.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system's state reduced to numbers: row counts and content fingerprints of every service's
 * tables, the evaluation totals and the topic sizes. Equal fingerprints before and after something (a
 * replay) mean it changed nothing.
 */
final class SystemFingerprint {

    private SystemFingerprint() {
    }

    /**
     * The counts once nothing moves any more: the system quiet (everything consumed and published), and two
     * readings half a second apart agree (the periodic jobs leave nothing half done either).
     */
    static Map<String, Long> awaitQuiet(RunningSystem system) throws Exception {
        system.awaitQuiet();
        List<Map<String, Long>> last = new ArrayList<>(List.of(counts(system)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Map<String, Long> now = counts(system);
            boolean quiet = now.equals(last.get(0));
            last.set(0, now);
            return quiet;
        });
        return last.get(0);
    }

    private static Map<String, Long> counts(RunningSystem system) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("appeal", "appeal_timeline", "outbox_event", "processed_event")) {
            counts.put("intake." + table, LoopLedger.total(system.postgres, "intake",
                    "select count(*) from " + table));
        }
        for (String table : List.of("task", "outbox_event", "processed_event")) {
            counts.put("dispatch." + table, LoopLedger.total(system.dispatchPostgres, "dispatch",
                    "select count(*) from " + table));
        }
        // Fingerprints of the rows' content, so a replay that changed a status or a time would show too.
        counts.put("intake.appeal content", LoopLedger.total(system.postgres, "intake",
                "select coalesce(sum(hashtext(a::text)::bigint), 0) from appeal a"));
        counts.put("dispatch.task content", LoopLedger.total(system.dispatchPostgres, "dispatch",
                "select coalesce(sum(hashtext(t::text)::bigint), 0) from task t"));
        counts.put("feedback.appeal_view content", LoopLedger.total(system.postgres, "feedback",
                "select coalesce(sum(hashtext(v::text)::bigint), 0) from appeal_view v"));
        counts.put("dispatch.open_tasks", LoopLedger.total(system.dispatchPostgres, "dispatch",
                "select coalesce(sum(open_tasks), 0) from grid_worker"));
        // The evaluation's totals, folded or not (the compactor moves deltas into daily rows at any time).
        counts.put("feedback.evaluation totals", LoopLedger.total(system.postgres, "feedback", """
                select coalesce(sum(received + 3 * responded + 7 * closed + 11 * ratings + 13 * reopened), 0)
                from (select received, responded, closed, ratings, reopened from evaluation_daily
                      union all select received, responded, closed, ratings, reopened from evaluation_delta) t
                """));
        for (String table : List.of("appeal_view", "closure", "rating", "processed_event")) {
            counts.put("feedback." + table, LoopLedger.total(system.postgres, "feedback",
                    "select count(*) from " + table));
        }
        // Snapshots are published by the clock (at the district's midnight), never by a consumed event, so
        // they stay out of the fingerprint: a run across midnight would otherwise differ by them.
        counts.put("feedback.outbox_event", LoopLedger.total(system.postgres, "feedback",
                "select count(*) from outbox_event where topic <> '" + Topics.EVALUATIONS + "'"));
        ConsumerLag lag = new ConsumerLag(system.broker.clientSettings());
        for (String topic : List.of(Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH, Topics.APPEALS_FEEDBACK)) {
            counts.put("topic " + topic, lag.endOffsets(topic));
        }
        return counts;
    }
}
