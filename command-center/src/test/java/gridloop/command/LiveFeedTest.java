package gridloop.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The live feed over server-sent events: an event applied shows on an open stream, and a client that lost its
 * connection resumes with Last-Event-ID from the next event, none missed and none twice.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class LiveFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/api/v1/feed")
    URL feed;

    @Inject
    MovableClock clock;

    /** One SSE event: its id and its data. */
    private record Received(long id, JsonNode data) {
    }

    @Test
    void aLostConnectionResumesAfterTheLastEventItSaw() throws Exception {
        UUID appeal = UUID.randomUUID();
        Instant t = clock.instant();
        // The stream starts with what comes after it opened: open it, then send the loop (ten events).
        try (SseStream first = open(null)) {
            ReadModelTest.loop(appeal, t).forEach(GridLoopTestInfrastructure.current().kafka()::sendEvent);
            List<Received> before = first.read(4, appeal);
            List<Long> ids = first.ids();
            for (int i = 1; i < ids.size(); i++) {
                assertEquals(ids.get(i - 1) + 1, ids.get(i), "numbers without gaps: " + ids);
            }
            long lastSeen = ids.get(ids.size() - 1);
            try (SseStream resumed = open(lastSeen)) {
                List<Received> after = resumed.read(6, appeal);
                assertEquals(lastSeen + 1, resumed.ids().get(0), "the next one, not one again nor one skipped");
                List<String> types = new ArrayList<>();
                before.forEach(r -> types.add(r.data().path("type").asText()));
                after.forEach(r -> types.add(r.data().path("type").asText()));
                assertEquals(10, types.size());
                assertEquals(10, types.stream().distinct().count() + 1, "two ratings, each once: " + types);
                assertTrue(types.contains("gridloop.appeal.closed.v1"), types.toString());
            }
        }
    }

    @Test
    void aBurstOfEventsIsStreamedOnceEachInOrder() throws Exception {
        UUID appeal = UUID.randomUUID();
        UUID sentinel = UUID.randomUUID();
        Instant t = clock.instant();
        try (SseStream stream = open(null)) {
            ReadModelTest.loop(appeal, t).forEach(GridLoopTestInfrastructure.current().kafka()::sendEvent);
            stream.read(10, appeal);
            // One more event after the burst: whatever the stream sent before it was sent before it.
            GridLoopTestInfrastructure.current().kafka().sendEvent(ReadModelTest.loop(sentinel, t).get(0));
            stream.read(1, sentinel);
            List<Long> ids = stream.ids();
            for (int i = 1; i < ids.size(); i++) {
                assertTrue(ids.get(i) > ids.get(i - 1), "each event once, in order: " + ids);
            }
        }
    }

    private SseStream open(Long lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(feed.toString()))
                .header("Authorization", "Bearer " + Tokens.of(Tokens.OPERATOR)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        HttpResponse<java.io.InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        return new SseStream(response.body());
    }

    /** Reads SSE events off a response body; closing it drops the connection, as a lost phone signal would. */
    private static final class SseStream implements AutoCloseable {
        private final java.io.InputStream body;
        private final BufferedReader lines;
        private final List<Long> ids = new ArrayList<>();

        SseStream(java.io.InputStream body) {
            this.body = body;
            this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        /** The next {@code count} events of the appeal (others' events in between are skipped), within 30 s. */
        List<Received> read(int count, UUID appeal) throws Exception {
            List<Received> received = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Long id = null;
            while (received.size() < count && System.nanoTime() < deadline) {
                // The stream has no end of its own: each line is awaited with what is left of the 30 s.
                String line = java.util.concurrent.CompletableFuture.supplyAsync(this::readLine)
                        .get(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                    ids.add(id);
                } else if (line.startsWith("data:") && id != null) {
                    JsonNode data = JSON.readTree(line.substring(5).trim());
                    if (appeal.toString().equals(data.path("appealId").asText())) {
                        received.add(new Received(id, data));
                    }
                }
            }
            assertEquals(count, received.size(), "events of the appeal on the stream: " + received);
            return received;
        }

        private String readLine() {
            try {
                return lines.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The ids of every event read so far, whichever appeal's. */
        List<Long> ids() {
            return ids;
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}
