package gridloop.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The statements intake sends to its database for one submission, as JDBC prepared statements on one connection
 * (the search path picks the tables): what {@link RawLimits#submissionsPerSecond} measures the server's limit with.
 * The rows have the shapes the service writes; the rate-limit statement has the same upsert and arithmetic.
 */
final class SubmissionStatements {

    private static final double RADIUS_METERS = 50;
    private static final double METERS_PER_DEGREE_LATITUDE = 111_320;

    private final Connection connection;
    private final PreparedStatement rateLimit;
    private final PreparedStatement appeal;
    private final PreparedStatement outbox;
    private final PreparedStatement timeline;
    private final PreparedStatement nearby;

    SubmissionStatements(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        // The service's upsert with its limits as constants: a million an hour, as the system tests configure.
        String available = "least(1000000::float8, a.tokens"
                + " + greatest(0, extract(epoch from (excluded.refilled_at - a.refilled_at))) * 277.8::float8)";
        rateLimit = connection.prepareStatement("""
                insert into rate_limit_allowance as a (id, tokens, refilled_at, allowed, full_at)
                values (?, 999999, ?, true, ?::timestamptz + make_interval(secs => 1))
                on conflict (id) do update set
                    tokens = case when %1$s >= 1 then %1$s - 1 else %1$s end,
                    refilled_at = greatest(a.refilled_at, excluded.refilled_at),
                    allowed = %1$s >= 1,
                    full_at = excluded.full_at
                returning allowed, tokens""".formatted(available));
        appeal = connection.prepareStatement("insert into appeal (id, reference, category, description, latitude,"
                + " longitude, address, media_urls, reporter_name, reporter_phone, reporter_sub, channel, status,"
                + " overdue, supporters, grid_id, grid_name, assignee_name, department_name, assignee_decided_at,"
                + " department_decided_at, submitted_at, merged_into, updated_at) values (?, ?, ?, ?, ?, ?,"
                + " 'Biquan Street', '[]', 'Wang Fang', '13812345678', 'resident-wang', 'APP', 'SUBMITTED', false, 0,"
                + " null, null, null, null, null, null, ?, null, ?)");
        outbox = connection.prepareStatement("insert into outbox_event (event_id, topic, message_key, ce_type,"
                + " ce_subject, occurred_at, payload, created_at, sent_at, category, appeal_submitted_at, trace_parent,"
                + " trace_state) values (?, 'gridloop.appeals.submitted', ?, 'gridloop.appeal.submitted.v1', ?, ?, ?, ?,"
                + " null, ?, ?, null, null)");
        timeline = connection.prepareStatement("insert into appeal_timeline (appeal_id, event_id, event_type, status,"
                + " occurred_at, text) values (?, ?, 'gridloop.appeal.submitted.v1', 'SUBMITTED', ?,"
                + " 'Your appeal was received.') returning id");
        nearby = connection.prepareStatement("""
                select id, reference from appeal
                where category = ? and status not in ('CLOSED', 'REJECTED', 'WITHDRAWN')
                  and latitude between ? and ? and longitude between ? and ?
                  and id <> ?
                  and 2 * 6371008.8 * asin(sqrt(
                        power(sin(radians(latitude - ?) / 2), 2)
                      + cos(radians(?)) * cos(radians(latitude)) * power(sin(radians(longitude - ?) / 2), 2)
                      )) <= ?
                order by submitted_at
                limit 10""");
    }

    /** One submission: the allowance committed on its own, then the appeal's transaction. */
    void submit(int n, byte[] payload) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        rateLimit.setString(1, "SUBMIT|resident-wang");
        rateLimit.setTimestamp(2, now);
        rateLimit.setTimestamp(3, now);
        rateLimit.executeQuery().close();
        connection.commit();

        UUID id = UUID.randomUUID();
        String category = new String[] {"NOISE", "SANITATION", "GREENING"}[n % 3];
        double[] point = LoadDrivers.Points.SPREAD.point(n);
        appeal.setObject(1, id);
        appeal.setString(2, "GL-BENCH-" + id);
        appeal.setString(3, category);
        appeal.setString(4, "Benchmark appeal " + n);
        appeal.setDouble(5, point[0]);
        appeal.setDouble(6, point[1]);
        appeal.setTimestamp(7, now);
        appeal.setTimestamp(8, now);
        appeal.executeUpdate();
        UUID eventId = UUID.randomUUID();
        outbox.setObject(1, eventId);
        outbox.setString(2, id.toString());
        outbox.setString(3, id.toString());
        outbox.setTimestamp(4, now);
        outbox.setBytes(5, payload);
        outbox.setTimestamp(6, now);
        outbox.setString(7, category);
        outbox.setTimestamp(8, now);
        outbox.executeUpdate();
        timeline.setObject(1, id);
        timeline.setString(2, eventId.toString());
        timeline.setTimestamp(3, now);
        timeline.executeQuery().close();
        double dLat = RADIUS_METERS / METERS_PER_DEGREE_LATITUDE;
        double dLon = dLat / Math.cos(Math.toRadians(point[0]));
        nearby.setString(1, category);
        nearby.setDouble(2, point[0] - dLat);
        nearby.setDouble(3, point[0] + dLat);
        nearby.setDouble(4, point[1] - dLon);
        nearby.setDouble(5, point[1] + dLon);
        nearby.setObject(6, id);
        nearby.setDouble(7, point[0]);
        nearby.setDouble(8, point[0]);
        nearby.setDouble(9, point[1]);
        nearby.setDouble(10, RADIUS_METERS);
        try (ResultSet rows = nearby.executeQuery()) {
            while (rows.next()) {
                rows.getString(2);
            }
        }
        connection.commit();
    }
}
