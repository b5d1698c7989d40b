package gridloop.systemtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Submissions to intake as a benchmark sends them: closed loop (as fast as answers come) or open loop. */
final class LoadDrivers {

    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();

    /** What one open-loop request did: when it should have started, how long until its answer, its appeal. */
    record Sent(long intendedEpochMillis, long latencyNanos, String appealId) {
    }

    private LoadDrivers() {
    }

    /** {@code clients} threads each submit, wait for the answer, and submit again, for {@code duration}. */
    static long closedLoop(String intakeUrl, String token, int clients, Duration duration) throws Exception {
        AtomicLong accepted = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (HTTP.send(request(intakeUrl, token), HttpResponse.BodyHandlers.discarding()).statusCode() == 202) {
                            accepted.incrementAndGet();
                        }
                    } catch (Exception e) {
                        // counted as not accepted
                    }
                }
            }, pool));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        pool.shutdown();
        return accepted.get();
    }

    /**
     * Requests at fixed times, {@code perSecond} of them for {@code duration}, whatever the answers do: the
     * latency of each counts from when it was due, so a stall delays every request behind it in the figures
     * too (no coordinated omission).
     */
    static List<Sent> openLoop(String intakeUrl, String token, int perSecond, Duration duration) throws Exception {
        int total = (int) (perSecond * duration.toSeconds());
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        Map<Integer, Sent> sent = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> answers = new ArrayList<>(total);
        long startNanos = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        for (int i = 0; i < total; i++) {
            long due = startNanos + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            long dueEpochMillis = startMillis + TimeUnit.NANOSECONDS.toMillis(i * periodNanos);
            answers.add(HTTP.sendAsync(request(intakeUrl, token), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> sent.put(index, new Sent(dueEpochMillis,
                            System.nanoTime() - due, error == null && response.statusCode() == 202
                                    ? idOf(response.body()) : null))));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                .get(2, TimeUnit.MINUTES);
        return List.copyOf(sent.values());
    }

    private static String idOf(String body) {
        Matcher id = ID.matcher(body);
        return id.find() ? id.group(1) : null;
    }

    private static HttpRequest request(String intakeUrl, String token) {
        return HttpRequest.newBuilder(URI.create(intakeUrl + "/api/v1/appeals"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body()))
                .build();
    }

    /** An appeal somewhere in two grids of the sample district, in one of three categories. */
    private static String body() {
        int n = NEXT.getAndIncrement();
        String[] categories = {"NOISE", "SANITATION", "GREENING"};
        return """
                {"category": "%s", "description": "Benchmark appeal %d",
                 "location": {"latitude": %.5f, "longitude": %.5f, "address": "Hualong Community"},
                 "reporter": {"name": "Wang Fang", "phone": "13812345678"}}""".formatted(categories[n % 3], n,
                (n % 2 == 0 ? 29.58 : 29.60) + (n % 97) * 0.00002, (n % 2 == 0 ? 106.21 : 106.203) + (n % 89) * 0.00002);
    }

    /** The value below which {@code fraction} of the sorted values lie (nearest rank). */
    static long percentile(List<Long> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
