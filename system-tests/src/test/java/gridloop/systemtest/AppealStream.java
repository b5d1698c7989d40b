package gridloop.systemtest;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits appeals to intake at a steady pace on a background thread, as phones would while a fault is
 * injected, and remembers which were accepted (2xx, with the id intake gave them) and what the others got.
 */
final class AppealStream implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String intakeUrl;
    private final String token;
    private final int count;
    private final Duration interval;
    private final Set<String> accepted = Collections.synchronizedSet(new LinkedHashSet<>());
    private final Map<String, Integer> refused = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private Future<?> running;

    AppealStream(String intakeUrl, String token, int count, Duration interval) {
        this.intakeUrl = intakeUrl;
        this.token = token;
        this.count = count;
        this.interval = interval;
    }

    AppealStream start() {
        running = thread.submit(() -> {
            long next = System.nanoTime();
            for (int i = 0; i < count; i++) {
                submit(i);
                next += interval.toNanos();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            return null;
        });
        return this;
    }

    /** Waits until every appeal was sent; returns the ids intake accepted. */
    Set<String> awaitAccepted(Duration timeout) throws Exception {
        running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return Set.copyOf(accepted);
    }

    /** Waits until at least this many were accepted (the stream goes on); fails if that never happens. */
    void awaitAccepted(int atLeast, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> accepted.size() >= atLeast || running.isDone());
        if (accepted.size() < atLeast) {
            throw new AssertionError("only " + accepted.size() + " of " + atLeast + " accepted; refused: " + refused);
        }
    }

    /** The ids accepted so far (the stream may go on). */
    Set<String> acceptedIds() {
        synchronized (accepted) {
            return Set.copyOf(accepted);
        }
    }

    int acceptedSoFar() {
        return accepted.size();
    }

    /** Status codes (or "IOException") of the submissions that were not accepted, with how many got each. */
    Map<String, Integer> refused() {
        return Map.copyOf(refused);
    }

    private void submit(int i) {
        // Alternating between two grids of the sample district, both with workers on duty.
        String body = """
                {"category": "NOISE", "description": "Loud music after midnight, stream appeal %d",
                 "location": {"latitude": %s, "longitude": %s},
                 "reporter": {"name": "Resident", "phone": "13800000000"}}
                """.formatted(i, i % 2 == 0 ? "29.58" : "29.60", i % 2 == 0 ? "106.21" : "106.203");
        HttpRequest request = HttpRequest.newBuilder(URI.create(intakeUrl + "/api/v1/appeals"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() / 100 == 2 && id.find()) {
                accepted.add(id.group(1));
            } else {
                refused.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
            }
        } catch (java.io.IOException e) {
            refused.merge("IOException", 1, Integer::sum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
