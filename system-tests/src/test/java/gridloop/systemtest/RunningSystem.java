package gridloop.systemtest;

import gridloop.localstack.ContractTopics;
import gridloop.localstack.EmbeddedKafkaBroker;
import gridloop.localstack.EmbeddedPostgresServer;
import gridloop.localstack.FreePorts;
import gridloop.localstack.KafkaTestClient;
import gridloop.localstack.ServiceProcess;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system as it runs for real: a broker and a database, and the three packaged services as
 * separate processes on free ports. Service logs go to {@code target/system-test-services.log}. Started
 * once for all the test classes of the module ({@link #shared()}) and stopped when the JVM ends.
 */
final class RunningSystem implements AutoCloseable {

    private static RunningSystem shared;

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    final EmbeddedKafkaBroker broker;
    final EmbeddedPostgresServer postgres;
    /** Dispatch's database runs on a server of its own, so a test can stop it and leave the others alone. */
    final EmbeddedPostgresServer dispatchPostgres;
    /** Every service's log lines, prefixed with its name. */
    static final Path SERVICE_LOG = Path.of("target", "system-test-services.log");

    final ServiceProcess intake;
    final ServiceProcess dispatch;
    final ServiceProcess feedback;
    private final PrintStream serviceLog;

    RunningSystem() {
        try {
            Path work = Files.createTempDirectory(Path.of("target"), "system-");
            serviceLog = new PrintStream(new FileOutputStream(SERVICE_LOG.toFile(), true), true,
                    StandardCharsets.UTF_8);
            broker = new EmbeddedKafkaBroker(0, 0, work.resolve("kafka")).start();
            broker.createTopics(ContractTopics.ALL, EmbeddedKafkaBroker.DEFAULT_PARTITIONS);
            postgres = new EmbeddedPostgresServer(0, work.resolve("postgres"), true, false).start();
            dispatchPostgres = new EmbeddedPostgresServer(0, work.resolve("postgres-dispatch"), true, false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        intake = service("intake");
        dispatch = service("dispatch");
        feedback = service("feedback");
        for (ServiceProcess service : List.of(intake, dispatch, feedback)) {
            service.start();
        }
        for (ServiceProcess service : List.of(intake, dispatch, feedback)) {
            service.awaitReady(Duration.ofSeconds(180));
        }
    }

    static synchronized RunningSystem shared() {
        if (shared == null) {
            shared = new RunningSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "system-test-shutdown"));
        }
        return shared;
    }

    /** Another instance of a service on the same database and consumer groups; the caller stops it. */
    ServiceProcess startAnother(String name) {
        ServiceProcess another = service(name, Map.of());
        another.start();
        another.awaitReady(Duration.ofSeconds(180));
        return another;
    }

    /** Another instance with extra configuration (environment variables); not started yet. */
    ServiceProcess another(String name, Map<String, String> extraEnvironment) {
        return service(name, extraEnvironment);
    }

    EmbeddedPostgresServer databaseServerOf(String name) {
        return name.equals("dispatch") ? dispatchPostgres : postgres;
    }

    private ServiceProcess service(String name) {
        return service(name, Map.of());
    }

    private ServiceProcess service(String name, Map<String, String> extraEnvironment) {
        EmbeddedPostgresServer server = databaseServerOf(name);
        server.ensureDatabase(name);
        int port = FreePorts.pick();
        Map<String, String> environment = new HashMap<>(
                ServiceProcess.environmentFor(port, broker.bootstrapServers(), server, name));
        environment.putAll(extraEnvironment);
        return new ServiceProcess(name, ROOT.resolve(name + "-service/target/quarkus-app/quarkus-run.jar"), port,
                environment, List.of("-Xmx256m", "-XX:+UseSerialGC"), serviceLog);
    }

    KafkaTestClient kafka() {
        return new KafkaTestClient(broker.bootstrapServers());
    }

    @Override
    public void close() {
        for (ServiceProcess service : List.of(intake, dispatch, feedback)) {
            service.stop();
        }
        postgres.stop();
        dispatchPostgres.stop();
        broker.stop();
        serviceLog.close();
    }
}
