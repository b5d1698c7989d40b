package gridloop.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Quarkus service run as its own operating-system process, its log lines prefixed with its
 * name. Used by the local run and by the system tests, which also kill it (SIGKILL) and restart it.
 */
public final class ServiceProcess {

    private static final int LAST_LINES = 8;
    private static final int LAST_LINE_LENGTH = 600;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final PrintStream log;
    private volatile Process process;
    /** The last lines the service printed, for the report of an unexpected exit. */
    private final Deque<String> lastLines = new ArrayDeque<>();
    /** Why the service is gone when nobody stopped it (an exit code and its last line); null while it is not. */
    private volatile String unexpectedExit;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, List<String> jvmOptions,
            PrintStream log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.log = log;
    }

    /** The environment that points a service at this stack; Quarkus maps it onto its configuration. */
    private static final String MANAGEMENT_PORT = "QUARKUS_MANAGEMENT_PORT";

    public static Map<String, String> environmentFor(int httpPort, int managementPort, String kafkaBootstrap,
            EmbeddedPostgresServer postgres, String database, String oidcIssuer, String pseudonymSecret) {
        return Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(httpPort),
                MANAGEMENT_PORT, String.valueOf(managementPort),
                "GRIDLOOP_OIDC_ISSUER", oidcIssuer,
                "GRIDLOOP_PSEUDONYM_SECRET", pseudonymSecret,
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap,
                "QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(database),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.serviceUser(database),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.servicePassword(database));
    }

    /**
     * What the command centre needs beside: dispatch's and the registry's URLs (the page's actions and contact reads
     * call them with the operator's token), the secret that encrypts its session cookies, and the address operators
     * open it at (its sign-in redirects there).
     */
    public static Map<String, String> commandCenterEnvironment(String dispatchUrl, String registryUrl,
            String sessionSecret, String publicUrl) {
        return Map.of("QUARKUS_REST_CLIENT_DISPATCH_URL", dispatchUrl, "QUARKUS_REST_CLIENT_REGISTRY_URL", registryUrl,
                "GRIDLOOP_COMMAND_SESSION_SECRET", sessionSecret,
                "GRIDLOOP_COMMAND_PUBLIC_URL", publicUrl);
    }

    /** What points intake at an object store for its photos: the endpoint and the key pair it signs with. */
    public static Map<String, String> objectStoreEnvironment(EmbeddedObjectStore store) {
        return Map.of("QUARKUS_S3_ENDPOINT_OVERRIDE", store.endpoint(),
                "QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID", store.accessKey(),
                "QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY", store.secretKey());
    }

    /** What points intake at a mail server for its notifications, and the file its local SMS provider writes. */
    public static Map<String, String> notificationEnvironment(EmbeddedMailServer mail, Path smsFile) {
        return Map.of("QUARKUS_MAILER_HOST", "127.0.0.1", "QUARKUS_MAILER_PORT", String.valueOf(mail.smtpPort()),
                "GRIDLOOP_NOTIFICATIONS_SMS_PROVIDER", "file",
                "GRIDLOOP_NOTIFICATIONS_SMS_FILE", smsFile.toAbsolutePath().toString());
    }

    public synchronized ServiceProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": " + jar + " is missing; build with ./mvnw -DskipTests install");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // The class-data archive Quarkus builds beside the jar (quarkus.package.jar.appcds.enabled): classes
        // mapped ready-parsed instead of loaded and verified one by one. The archive names the jar as it was
        // started when it was made (quarkus-run.jar, from its folder), so the service starts the same way;
        // a JVM that cannot use the archive (another JDK build) says so and starts without it.
        Path archive = jar.resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive.getFileName());
            command.add("-Xshare:auto");
        }
        command.add("-jar");
        command.add(jar.getFileName().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process started;
        try {
            started = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        synchronized (lastLines) {
            lastLines.clear();
        }
        process = started;
        unexpectedExit = null;
        long startedAt = System.nanoTime();
        Thread pump = new Thread(() -> prefixLines(started), name + "-log");
        pump.setDaemon(true);
        pump.start();
        // An exit that stop() or kill() did not ask for is said at once, where a test run's output shows it.
        started.onExit().thenAccept(exited -> {
            if (process == exited) {
                reportUnexpectedExit(exited, Duration.ofNanos(System.nanoTime() - startedAt), pump);
            }
        });
        return this;
    }

    private void reportUnexpectedExit(Process exited, Duration after, Thread pump) {
        try {
            pump.join(2000); // the last lines, which name the cause
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String last = lastLines();
        unexpectedExit = String.format("%s (pid %d, ports %d/%s) exited unexpectedly with code %d, %d s after it"
                + " started; its last lines:%n    %s", name, exited.pid(), port, managementPort(), exited.exitValue(),
                after.toSeconds(), last);
        System.err.println(unexpectedExit);
        log.println(String.format("%-9s| ", name) + unexpectedExit);
    }

    /** Why the service is gone though nobody stopped or killed it; empty while it runs or was stopped. */
    public Optional<String> unexpectedExit() {
        return Optional.ofNullable(unexpectedExit);
    }

    private void prefixLines(Process running) {
        String prefix = String.format("%-9s| ", name);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                log.println(prefix + line);
                remember(line);
            }
        } catch (IOException e) {
            log.println(prefix + "(log stream closed: " + e.getMessage() + ")");
        }
    }

    private String lastLines() {
        synchronized (lastLines) {
            return String.join("\n    ", lastLines);
        }
    }

    private void remember(String line) {
        synchronized (lastLines) {
            lastLines.addLast(line.length() > LAST_LINE_LENGTH ? line.substring(0, LAST_LINE_LENGTH) + "…" : line);
            if (lastLines.size() > LAST_LINES) {
                lastLines.removeFirst();
            }
        }
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process running = process;
            if (running == null || !running.isAlive()) {
                throw new IllegalStateException(name + " exited before it was ready"
                        + (running == null ? "" : " with code " + running.exitValue() + "; its last lines:\n    "
                                + lastLines()));
            }
            if (isReady()) {
                return;
            }
            // Between probes, wait on the process itself: a crash ends the wait at once.
            try {
                running.onExit().get(250, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                // expected: probe again
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("Cannot watch " + name, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + timeout);
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A graceful stop (SIGTERM), forced after 20 s. */
    public synchronized void stop() {
        Process running = process;
        process = null;
        if (running == null) {
            return;
        }
        ChildProcesses.stop(running, Duration.ofSeconds(20));
    }

    /** The operating-system process id, e.g. to read its memory from /proc; -1 when not running. */
    public long pid() {
        Process running = process;
        return running == null ? -1 : running.pid();
    }

    /** SIGKILL, as a crash would: no shutdown hooks, nothing flushed. */
    public synchronized void kill() {
        Process running = process;
        process = null;
        if (running != null) {
            running.destroyForcibly();
            try {
                running.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public String name() {
        return name;
    }

    /** The public port: the API only. */
    public String url() {
        return "http://localhost:" + port;
    }

    /** The management port: {@code /q/health}, {@code /q/metrics}, {@code /q/openapi} (and the UIs where on). */
    public String managementUrl() {
        return "http://localhost:" + managementPort();
    }

    private String managementPort() {
        return environment.getOrDefault(MANAGEMENT_PORT, String.valueOf(port));
    }
}
