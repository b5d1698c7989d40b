package gridloop.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.testkit.PhonePhotos;
import gridloop.testkit.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Photo uploads as phones send them, for {@code bench/photo-uploads.sh}: 3 MB JPEGs with GPS data, as multipart
 * form data, 20 at a time,
 * to intake running as its own process with S3Proxy beside it, on a durable database; this JVM drives the load from
 * outside both. After a warm-up it prints the throughput, the upload's p50/p95/p99, intake's and the store's CPU per
 * upload, and intake's RSS after the run, against the targets. It passes no judgement beyond every upload answering
 * 201.
 */
@EnabledIfSystemProperty(named = "gridloop.benchmark", matches = "true")
class PhotoUploads {

    private static final int CONCURRENT = 20;
    private static final String BOUNDARY = "gridloop-photo-boundary";
    /** A 12-megapixel phone camera. */
    private static final int WIDTH = 4000;
    private static final int HEIGHT = 3000;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 400;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twentyPhonesAtATime() throws Exception {
        RunningSystem system = RunningSystem.shared();
        String token = system.token(Tokens.RESIDENT);
        byte[] photo = multipart(PhonePhotos.heavyJpeg(WIDTH, HEIGHT));
        System.out.printf("%nPhoto uploads: a %.1f MB JPEG (%d x %d, GPS in its EXIF), %d at a time, intake and S3Proxy "
                + "as processes, durable database%n", photo.length / 1e6, WIDTH, HEIGHT, CONCURRENT);

        run(system.intake.url(), token, photo, WARM_UP);
        long intakeCpu = CpuTime.ofProcess(system.intake.pid());
        long storeCpu = CpuTime.ofProcess(system.objectStore.pid());
        long started = System.nanoTime();
        List<Long> millis = run(system.intake.url(), token, photo, MEASURED);
        double seconds = (System.nanoTime() - started) / 1e9;
        double intakeMs = (CpuTime.ofProcess(system.intake.pid()) - intakeCpu) / (double) MEASURED;
        double storeMs = (CpuTime.ofProcess(system.objectStore.pid()) - storeCpu) / (double) MEASURED;

        Collections.sort(millis);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-40s | %s", "figure", "measured"));
        lines.add(String.format("%-40s | %.1f uploads/s (%.0f MB/s in)", "throughput, " + CONCURRENT + " at a time",
                MEASURED / seconds, MEASURED * photo.length / 1e6 / seconds));
        lines.add(String.format("%-40s | %d / %d / %d ms", "upload p50 / p95 / p99",
                LoadDrivers.percentile(millis, 0.5), LoadDrivers.percentile(millis, 0.95),
                LoadDrivers.percentile(millis, 0.99)));
        lines.add(String.format("%-40s | intake %.1f ms, S3Proxy %.1f ms", "CPU per upload", intakeMs, storeMs));
        lines.add(String.format("%-40s | %s", "intake's RSS after the run", Rss.megabytes(system.intake.pid())));
        lines.add(String.format("%-40s | %s", "S3Proxy's RSS after the run", Rss.megabytes(system.objectStore.pid())));
        lines.forEach(line -> System.out.println(line));
    }

    /** As a phone's upload library sends a photo: multipart/form-data, one part named file. */
    private static byte[] multipart(byte[] jpeg) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(jpeg.length + 256);
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"IMG_0001.jpg\""
                + "\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        body.writeBytes(jpeg);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /** {@code count} uploads, {@link #CONCURRENT} at a time; each one's time in ms. Every one must be a 201. */
    private static List<Long> run(String intake, String token, byte[] photo, int count) throws Exception {
        ExecutorService phones = Executors.newFixedThreadPool(CONCURRENT, r -> new Thread(r, "bench-driver-photo"));
        try {
            List<Future<Long>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(phones.submit(() -> {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(intake + "/api/v1/photos"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(photo)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(201, answer.statusCode(), answer.body());
                    return (System.nanoTime() - start) / 1_000_000;
                }));
            }
            List<Long> millis = new ArrayList<>();
            for (Future<Long> one : sent) {
                millis.add(one.get());
            }
            return millis;
        } finally {
            phones.shutdown();
        }
    }
}
