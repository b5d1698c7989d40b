package gridloop.systemtest;

import static org.awaitility.Awaitility.await;

import gridloop.localstack.EmbeddedPostgresServer;
import gridloop.localstack.FreePorts;
import gridloop.localstack.PostgresBackup;
import gridloop.localstack.oidc.LocalOidcProvider;
import gridloop.localstack.oidc.PasswordGrant;
import gridloop.testkit.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./gridloop} as a person runs it: {@code LocalStackMain} in a JVM of its own (broker and provider inside it,
 * PostgreSQL and the four services as its child processes), on free ports and a data folder of the test's, with
 * the run command's own defaults (a durable, locked database). Its output goes to
 * {@code target/run-command.log}.
 */
final class RunCommand {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LOG = Path.of("target", "run-command.log");
    private static final String UP = "GridLoop is up";

    private final Map<String, String> environment = new HashMap<>();
    private final Path dataDir;
    private final PrintStream log;
    private Process process;
    private volatile boolean up;
    private final StringBuffer output = new StringBuffer();

    RunCommand(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
        environment.put("GRIDLOOP_HOME", ROOT.toString());
        environment.put("GRIDLOOP_DATA_DIR", this.dataDir.toString());
        for (String port : List.of("KAFKA", "KAFKA_CONTROLLER", "POSTGRES", "INTAKE", "DISPATCH", "FEEDBACK", "OIDC",
                "INTAKE_MANAGEMENT", "DISPATCH_MANAGEMENT", "FEEDBACK_MANAGEMENT", "COMMAND_CENTER",
                "COMMAND_CENTER_MANAGEMENT", "OBJECT_STORE", "SMTP", "IMAP")) {
            environment.put("GRIDLOOP_" + port + "_PORT", String.valueOf(FreePorts.pick()));
        }
        // C1 only, as in the other system tests: these JVMs start twice and serve a few dozen requests.
        environment.put("GRIDLOOP_SERVICE_JVM_OPTIONS", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        try {
            log = new PrintStream(new java.io.FileOutputStream(LOG.toFile(), true), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code ./gridloop} and waits until it says it is up. */
    RunCommand start() {
        up = false;
        process = launch();
        Thread pump = new Thread(() -> pump(process), "run-command-log");
        pump.setDaemon(true);
        pump.start();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("./gridloop exited with " + process.exitValue() + ": see " + LOG);
            }
            return up;
        });
        return this;
    }

    /** {@code ./gridloop backup DIR}, {@code ./gridloop restore DIR}: runs to its end, returns its output. */
    String command(String... arguments) throws IOException, InterruptedException {
        return command(Map.of(), arguments);
    }

    String command(Map<String, String> overrides, String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(javaCommand(arguments)).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().putAll(overrides);
        Process command = builder.start();
        String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        log.print(output);
        if (!command.waitFor(3, TimeUnit.MINUTES) || command.exitValue() != 0) {
            throw new AssertionError("./gridloop " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    /**
     * SIGKILL for every process of the stack at once: the run command's JVM (and the broker in it), the services,
     * and PostgreSQL's postmaster with every backend. Nothing is told beforehand, nothing flushes.
     */
    void killEverything() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.toHandle().descendants().forEach(all::add);
        ProcessHandle.of(EmbeddedPostgresServer.postmasterPid(postgresDir())).ifPresent(postmaster -> {
            all.add(postmaster);
            postmaster.descendants().forEach(all::add);
        });
        all.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> all.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** Ctrl-C as a person gives it (SIGTERM): services, database and broker stop in order. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    killEverything();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Everything the run command printed so far, across its starts. */
    String output() {
        return output.toString();
    }

    String url(String service) {
        return "http://localhost:" + environment.get("GRIDLOOP_" + service.toUpperCase() + "_PORT");
    }

    String kafkaBootstrap() {
        return "localhost:" + environment.get("GRIDLOOP_KAFKA_PORT");
    }

    /** A port of the run, by its variable's middle: {@code INTAKE}, {@code INTAKE_MANAGEMENT}, ... */
    int port(String name) {
        return Integer.parseInt(environment.get("GRIDLOOP_" + name + "_PORT"));
    }

    int postgresPort() {
        return Integer.parseInt(environment.get("GRIDLOOP_POSTGRES_PORT"));
    }

    Path postgresDir() {
        return dataDir.resolve(PostgresBackup.DATA);
    }

    /** A handle on the run command's database server (started by the run command, not by this). */
    EmbeddedPostgresServer database() {
        return new EmbeddedPostgresServer(postgresPort(), postgresDir(), false, true);
    }

    String token(String username) {
        String issuer = "http://localhost:" + environment.get("GRIDLOOP_OIDC_PORT") + "/" + LocalOidcProvider.REALM_PATH;
        return PasswordGrant.accessToken(issuer + "/token", LocalOidcProvider.CLIENT_ID, username, Tokens.PASSWORD);
    }

    private Process launch() {
        ProcessBuilder builder = new ProcessBuilder(javaCommand()).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the gridloop script runs, once it has built. */
    private static List<String> javaCommand(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", "local-stack/target/classes:local-stack/target/lib/*",
                "gridloop.localstack.LocalStackMain"));
        command.addAll(Stream.of(arguments).toList());
        return command;
    }

    private void pump(Process from) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(from.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.println(line);
                output.append(line).append('\n');
                if (line.contains(UP)) {
                    up = true;
                }
            }
        } catch (IOException e) {
            log.println("run-command-log: " + e.getMessage());
        }
    }
}
