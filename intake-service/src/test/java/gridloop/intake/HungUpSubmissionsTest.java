package gridloop.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Callers that hang up while their submission is being stored (a phone that loses its signal, a client that times
 * out). Found by the loop benchmark past its limit: Quarkus REST cancelled the request's pipeline mid-transaction,
 * Hibernate Reactive closed the session under a statement in flight, the errors were dropped, and intake's consumer
 * on the same event loop hung for good. A submission that has started now runs to its end.
 */
@QuarkusTest
class HungUpSubmissionsTest {

    private static final int HANG_UPS = 12;
    /** Where unhandled pipeline errors and Hibernate's own complaints are logged. */
    private static final List<String> WATCHED = List.of("io.quarkus.mutiny.runtime.MutinyInfrastructure", "org.hibernate");

    @TestHTTPResource("/api/v1/appeals")
    URI appeals;

    @Inject
    Pool pool;

    @Test
    void aCallerWhoHangsUpLeavesNothingHalfDoneAndNothingBroken() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        WATCHED.forEach(name -> Logger.getLogger(name).addHandler(collector));
        String marker = "Hung up " + UUID.randomUUID();
        // The timeline table locked against inserts: every submission stops inside its transaction, and its caller
        // hangs up there.
        SqlConnection locker = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        Transaction lock = locker.begin().await().atMost(Duration.ofSeconds(10));
        locker.query("lock table appeal_timeline in share mode").execute().await().atMost(Duration.ofSeconds(10));
        List<Socket> callers = new ArrayList<>();
        try {
            for (int i = 0; i < HANG_UPS; i++) {
                callers.add(send(marker + " #" + i));
            }
            // Every submission inside its transaction, waiting for the lock; then every caller hangs up (a reset).
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> waitingForTheLock() == HANG_UPS);
            for (Socket caller : callers) {
                caller.close();
            }
            // The hang-ups reach the service while the submissions still wait.
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> waitingForTheLock() == HANG_UPS);
            lock.rollback().await().atMost(Duration.ofSeconds(10));

            // The service still takes submissions...
            RestAssured.given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON)
                    .body(AppealApiTest.appealJson("\"" + marker + " answered\"", "13900000000"))
                    .post(appeals).then().statusCode(202);
            // ...and each hung-up submission it took is whole: its appeal, its outbox event and its timeline line.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                long stored = count("select count(*) from appeal where description like $1", marker + " #%");
                assertEquals(stored, count("select count(*) from outbox_event o join appeal a on o.message_key = a.id::text"
                        + " where a.description like $1", marker + " #%"), "an outbox event per stored appeal");
                assertEquals(stored, count("select count(*) from appeal_timeline t join appeal a on t.appeal_id = a.id"
                        + " where a.description like $1", marker + " #%"), "a timeline line per stored appeal");
                assertEquals(HANG_UPS, stored, "every submission that had begun was stored");
            });
        } finally {
            for (Socket caller : callers) {
                caller.close();
            }
            // Closed with its transaction open (a failed wait above), the lock is rolled back: other tests go on.
            locker.close().await().atMost(Duration.ofSeconds(10));
            WATCHED.forEach(name -> Logger.getLogger(name).removeHandler(collector));
        }
        assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()
                + (r.getThrown() == null ? "" : " " + r.getThrown())).toList(), "nothing failed unhandled");
    }

    /** Opens a connection and sends a whole submission on it; closing the socket then resets the connection. */
    private Socket send(String description) throws IOException {
        String body = AppealApiTest.appealJson("\"" + description + "\"", "13900000001");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + appeals.getPath() + " HTTP/1.1\r\nHost: " + appeals.getHost() + ":" + appeals.getPort()
                + "\r\nAuthorization: Bearer " + Tokens.of(Tokens.RESIDENT) + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n";
        Socket socket = new Socket(appeals.getHost(), appeals.getPort());
        socket.setSoLinger(true, 0);
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        return socket;
    }

    /** Statements of other sessions waiting for a lock on the timeline table. */
    private long waitingForTheLock() {
        return pool.query("select count(*) from pg_locks where not granted and relation = 'appeal_timeline'::regclass")
                .execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    private long count(String sql, String pattern) {
        return pool.preparedQuery(sql).execute(Tuple.of(pattern)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }
}
