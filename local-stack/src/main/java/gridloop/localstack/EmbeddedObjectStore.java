package gridloop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real S3-compatible object store on this machine: S3Proxy (Maven Central {@code org.gaul:s3proxy}) on its
 * file-system back end, run from its self-contained jar as a process of its own, as a city would run MinIO or Ceph
 * beside the services. Requests must be signed (AWS Signature V2 or V4) with {@link #accessKey()} and
 * {@link #secretKey()}; buckets are private. The objects stay in {@code dataDir} across {@link #stop()}, so a test
 * can take the store away mid-upload and bring it back on the same port.
 */
public final class EmbeddedObjectStore implements AutoCloseable {

    public static final String ACCESS_KEY = "gridloop";
    /** The region the services sign for; S3Proxy accepts any. */
    public static final String REGION = "us-east-1";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(50);

    private final int port;
    private final Path dataDir;
    private final String secretKey;
    private volatile Process process;

    public EmbeddedObjectStore(int port, Path dataDir, String secretKey) {
        this.port = FreePorts.orPick(port);
        this.dataDir = dataDir;
        this.secretKey = secretKey;
    }

    public synchronized EmbeddedObjectStore start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            Path objects = Files.createDirectories(dataDir.resolve("objects"));
            Path settings = dataDir.resolve("s3proxy.properties");
            OwnerOnlyFiles.write(settings, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + secretKey,
                    "jclouds.provider=filesystem-nio2",
                    "jclouds.filesystem.basedir=" + objects.toAbsolutePath(), ""));
            process = ChildProcesses.startJar(List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"), jar(),
                    List.of("--properties", settings.toString()), dataDir.resolve("s3proxy.log"));
            awaitAnswering();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the process; the objects stay. */
    public synchronized void stop() {
        Process running = process;
        process = null;
        if (running == null) {
            return;
        }
        ChildProcesses.stop(running, Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** The S3Proxy process's id, e.g. to read its CPU and memory from /proc; -1 when it is not running. */
    public long pid() {
        Process running = process;
        return running == null ? -1 : running.pid();
    }

    public String endpoint() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public String accessKey() {
        return ACCESS_KEY;
    }

    public String secretKey() {
        return secretKey;
    }

    /** S3Proxy answers every request, an unsigned one with 403: any answer means it is serving. */
    private void awaitAnswering() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(endpoint() + "/")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with " + process.exitValue() + "; see "
                        + dataDir.resolve("s3proxy.log"));
            }
            try {
                HTTP.send(probe, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                ChildProcesses.awaitExitOrTimeout(process, PROBE_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while S3Proxy started", e);
            }
        }
        stop();
        throw new IllegalStateException("S3Proxy did not answer on port " + port + " within " + START_TIMEOUT);
    }

    /** {@code GRIDLOOP_S3PROXY_JAR} if set, else the jar this module's build brought into the local repository. */
    static Path jar() {
        return StandaloneJars.of("s3proxy.jar", "GRIDLOOP_S3PROXY_JAR");
    }
}
