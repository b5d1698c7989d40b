package gridloop.systemtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submissions to intake as a benchmark sends them: an open loop, requests at fixed times whatever the answers
 * do. Its threads are named {@value #THREAD_PREFIX}… (and the HTTP client's selector {@code HttpClient-…}), so the
 * benchmark can report the driver's own CPU.
 */
final class LoadDrivers {

    static final String THREAD_PREFIX = "bench-driver";
    /** The threads whose CPU is the driver's: ours and the JDK HTTP client's selector. */
    static final List<String> THREADS = List.of(THREAD_PREFIX, "HttpClient-");

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8, named("http"))).build();

    /** Where the appeals are. */
    enum Points {
        /** Anywhere in Biquan Street: its twelve grids, each with a worker on duty around the clock. */
        SPREAD(29.575, 29.605, 106.200, 106.240),
        /** All in Hualong Grid 1: every assignment competes for the same three workers. */
        HOT_SPOT(29.590, 29.605, 106.220, 106.226667);

        /** Points keep this far (in degrees, about 50 m) from the area's edges, so none falls on a boundary. */
        private static final double MARGIN = 0.0005;
        private final double minLatitude;
        private final double maxLatitude;
        private final double minLongitude;
        private final double maxLongitude;

        Points(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
            this.minLatitude = minLatitude + MARGIN;
            this.maxLatitude = maxLatitude - MARGIN;
            this.minLongitude = minLongitude + MARGIN;
            this.maxLongitude = maxLongitude - MARGIN;
        }

        /** The n-th point: scattered evenly over the area, the same for the same n in every run. */
        double[] point(int n) {
            SplittableRandom random = new SplittableRandom(n);
            return new double[] {minLatitude + random.nextDouble() * (maxLatitude - minLatitude),
                    minLongitude + random.nextDouble() * (maxLongitude - minLongitude)};
        }
    }

    /** What one open-loop request did: when it should have started, how long until its answer, its appeal. */
    record Sent(long intendedEpochMillis, long latencyNanos, String appealId) {
    }

    private LoadDrivers() {
    }

    /**
     * Starts sending {@code perSecond} requests a second for {@code duration}, at fixed times whatever the answers
     * do, on a thread of the driver's own: the latency of each counts from when it was due, so a stall delays every
     * request behind it in the figures too (no coordinated omission). {@code accepted} counts the 202s as they come.
     * Completes with every request's outcome once all are answered (or have failed).
     */
    static CompletableFuture<List<Sent>> openLoop(String intakeUrl, String token, int perSecond, Duration duration,
            Points points, AtomicLong accepted) {
        CompletableFuture<List<Sent>> result = new CompletableFuture<>();
        Thread pacer = named("pacer").newThread(() -> {
            try {
                result.complete(send(intakeUrl, token, perSecond, duration, points, accepted));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        pacer.start();
        return result;
    }

    private static List<Sent> send(String intakeUrl, String token, int perSecond, Duration duration, Points points,
            AtomicLong accepted) throws Exception {
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
            answers.add(HTTP.sendAsync(request(intakeUrl, token, points), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        boolean ok = error == null && response.statusCode() == 202;
                        if (ok) {
                            accepted.incrementAndGet();
                        }
                        sent.put(index, new Sent(dueEpochMillis, System.nanoTime() - due, ok ? idOf(response.body()) : null));
                    }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                .get(2, TimeUnit.MINUTES);
        return List.copyOf(sent.values());
    }

    private static ThreadFactory named(String role) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, THREAD_PREFIX + "-" + role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String idOf(String body) {
        Matcher id = ID.matcher(body);
        return id.find() ? id.group(1) : null;
    }

    private static HttpRequest request(String intakeUrl, String token, Points points) {
        return HttpRequest.newBuilder(URI.create(intakeUrl + "/api/v1/appeals"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(points)))
                .build();
    }

    /** An appeal at the next point of the area, in one of three categories that go to a grid worker first. */
    private static String body(Points points) {
        int n = NEXT.getAndIncrement();
        String[] categories = {"NOISE", "SANITATION", "GREENING"};
        double[] point = points.point(n);
        return """
                {"category": "%s", "description": "Benchmark appeal %d",
                 "location": {"latitude": %.6f, "longitude": %.6f, "address": "Biquan Street"},
                 "reporter": {"name": "Wang Fang", "phone": "13812345678"}}""".formatted(categories[n % 3], n,
                point[0], point[1]);
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
