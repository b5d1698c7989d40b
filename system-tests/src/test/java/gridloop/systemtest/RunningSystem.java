package gridloop.systemtest;

import static org.awaitility.Awaitility.await;

import gridloop.events.Topics;
import gridloop.localstack.ContractTopics;
import gridloop.localstack.EmbeddedKafkaBroker;
import gridloop.localstack.EmbeddedPostgresServer;
import gridloop.localstack.FreePorts;
import gridloop.localstack.LocalStackSettings;
import gridloop.localstack.EmbeddedMailServer;
import gridloop.localstack.EmbeddedObjectStore;
import gridloop.localstack.oidc.LocalOidcProvider;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.OutboxRows;
import gridloop.testkit.Tokens;
import gridloop.localstack.ServiceAccess;
import gridloop.localstack.ServiceModules;
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
import java.util.concurrent.CompletableFuture;

/**
 * The whole system as it runs for real: a broker and a database, and the packaged services as separate
 * processes on free ports. Service logs go to {@code target/system-test-services.log}. Started
 * once for all the test classes of the module ({@link #shared()}) and stopped when the JVM ends.
 */
final class RunningSystem implements AutoCloseable {

    private static RunningSystem shared;

    /**
     * How often the services' consumers commit what they have processed (5 s by default). Short in the
     * tests, so {@link #awaitQuiet()} answers soon after the work is done; a test that holds handlers holds
     * them for several of these intervals. For the same reason the relays' backoff is capped at 1 s and a
     * killed consumer's session ends after 8 s. The benchmarks ({@code -Dgridloop.benchmark=true}) run the
     * services as configured.
     */
    static final Duration COMMIT_INTERVAL = Duration.ofMillis(200);
    private static final boolean BENCHMARK = Boolean.getBoolean("gridloop.benchmark");
    /** A benchmark's step past the sustainable rate leaves minutes of backlog behind it. */
    private static final Duration QUIET_TIMEOUT = BENCHMARK ? Duration.ofMinutes(15) : Duration.ofSeconds(60);
    /** Each service's consumer group and the topics it reads: those its broker ACLs grant (ServiceAccess). */
    private static final Map<String, List<String>> GROUPS = ServiceAccess.ALL.stream().collect(
            java.util.stream.Collectors.toMap(ServiceAccess::group, access -> List.copyOf(access.reads())));

    static final String PSEUDONYM_SECRET = "system-test-pseudonym-secret";
    private static final String COMMAND_SESSION_SECRET = "system-test-command-centre-session-secret";
    private static final String KAFKA_ADMIN_PASSWORD = "system-test-kafka-admin";
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    final EmbeddedKafkaBroker broker;
    /** The district's OpenID Connect provider: every call the tests make carries one of its tokens. */
    final LocalOidcProvider oidc;
    /** Intake's photos: S3Proxy, an S3 server of its own process. */
    final EmbeddedObjectStore objectStore;
    /** The residents' notifications: e-mail (GreenMail, read over IMAP) and the local SMS provider's file. */
    final EmbeddedMailServer mailServer;
    final Path smsFile;
    private final int feedbackPort = FreePorts.pick();
    private static final String OBJECT_STORE_SECRET = "system-test-object-store";
    final EmbeddedPostgresServer postgres;
    /** Dispatch's database runs on a server of its own, so a test can stop it and leave the others alone. */
    final EmbeddedPostgresServer dispatchPostgres;
    /** Every service's log lines, prefixed with its name. */
    static final Path SERVICE_LOG = Path.of("target", "system-test-services.log");

    final ServiceProcess intake;
    final ServiceProcess dispatch;
    final ServiceProcess feedback;
    /** The operators' command centre: it reads every topic (and its consumer group counts in {@link #awaitQuiet}). */
    final ServiceProcess commandCenter;
    /** The registry, with the sample street; in the full system only (with the command centre). */
    final ServiceProcess registry;
    private final PrintStream serviceLog;

    /** Settings (environment variables) every service of this system gets, e.g. another OIDC issuer. */
    private final Map<String, String> serviceSettings;

    RunningSystem() {
        this(Map.of(), true);
    }

    /**
     * A system of its own whose services all get these settings (environment variables); without the command
     * centre when a test does not need it (one JVM less on two cores).
     */
    RunningSystem(Map<String, String> serviceSettings, boolean withCommandCenter) {
        this.serviceSettings = Map.copyOf(serviceSettings);
        try {
            Path work = Files.createTempDirectory(Path.of("target"), "system-");
            serviceLog = new PrintStream(new FileOutputStream(SERVICE_LOG.toFile(), true), true,
                    StandardCharsets.UTF_8);
            oidc = new LocalOidcProvider(FreePorts.pick()).start();
            // As production runs it: SCRAM sign-in and ACLs, each service its own principal (ServiceAccess).
            broker = EmbeddedKafkaBroker.secured(0, 0, work.resolve("kafka"), KAFKA_ADMIN_PASSWORD).start();
            ContractTopics.createAll(broker, EmbeddedKafkaBroker.DEFAULT_PARTITIONS);
            ServiceAccess.grantAll(broker, RunningSystem::kafkaPassword);
            // Throwaway databases skip fsync in the tests; a benchmark measures them durable, as the local run keeps them.
            postgres = new EmbeddedPostgresServer(0, work.resolve("postgres"), true, BENCHMARK).start();
            dispatchPostgres = new EmbeddedPostgresServer(0, work.resolve("postgres-dispatch"), true, BENCHMARK).start();
            objectStore = new EmbeddedObjectStore(0, work.resolve("object-store"), OBJECT_STORE_SECRET).start();
            mailServer = new EmbeddedMailServer(0, 0, work.resolve("mail")).start();
            smsFile = work.resolve("sms.jsonl").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        intake = service("intake");
        dispatch = service("dispatch");
        feedback = service("feedback");
        registry = withCommandCenter ? service(ServiceModules.REGISTRY, Map.of("GRIDLOOP_REGISTRY_SAMPLE_STREET", "true"))
                : null;
        commandCenter = withCommandCenter ? service(ServiceModules.COMMAND_CENTER) : null;
        for (ServiceProcess service : services()) {
            service.start();
        }
        for (ServiceProcess service : services()) {
            service.awaitReady(Duration.ofSeconds(180));
        }
        // From here on, every call a test makes to these services is held to the documents they serve.
        OpenApiConformance.register(services());
    }

    static synchronized RunningSystem shared() {
        if (shared == null) {
            shared = new RunningSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "system-test-shutdown"));
        }
        shared.assertNoServiceDied();
        return shared;
    }

    /**
     * A service of the shared system that exited without a test stopping it fails every class after it at once,
     * with the reason, instead of each waiting out its timeouts against a port nobody serves.
     */
    private void assertNoServiceDied() {
        for (ServiceProcess service : services()) {
            service.unexpectedExit().ifPresent(reason -> {
                throw new IllegalStateException("The shared system is broken: " + reason);
            });
        }
    }

    /** An access token of a sample user from the system's provider (see test-kit's {@link Tokens}). */
    String token(String username) {
        return Tokens.of(oidc, username);
    }

    /** Another instance of a service on the same database and consumer groups; the caller stops it. */
    ServiceProcess startAnother(String name) {
        ServiceProcess another = service(name, Map.of());
        another.start();
        try {
            another.awaitReady(Duration.ofSeconds(180));
        } catch (RuntimeException notReady) {
            another.kill();
            throw notReady;
        }
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
        String database = ServiceModules.database(name);
        server.ensureDatabase(database);
        // Feedback's port is drawn first: intake's rating links name its page.
        int port = name.equals("feedback") && feedback == null ? feedbackPort : FreePorts.pick();
        Map<String, String> environment = new HashMap<>(
                ServiceProcess.environmentFor(port, FreePorts.pick(), broker.bootstrapServers(), server, database,
                        oidc.issuer(), PSEUDONYM_SECRET));
        if (BENCHMARK) {
            environment.put("MALLOC_ARENA_MAX", "2");
        } else {
            environment.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_AUTO_COMMIT_INTERVAL_MS",
                    String.valueOf(COMMIT_INTERVAL.toMillis()));
            // After an outage the relays try again within a second, not after up to 10 s of backoff.
            environment.put("GRIDLOOP_OUTBOX_MAX_BACKOFF", "1s");
            // A SIGKILLed consumer's partitions go to the others after 8 s, not Kafka's 45 s.
            environment.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_SESSION_TIMEOUT_MS", "8000");
            environment.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
            // The line per event handled (DEBUG; INFO has a summary per minute): OperatorViewSystemIT follows an
            // appeal through the services' logs by them.
            environment.put("QUARKUS_LOG_CATEGORY__GRIDLOOP_SUPPORT_INBOX__LEVEL", "DEBUG");
        }
        // One test resident writes here what a thousand phones would: the per-caller limits stay on (their cost is
        // part of every figure) but are far out of reach. intake's RateLimitTest meets them.
        if (name.equals("intake")) {
            environment.putAll(ServiceProcess.objectStoreEnvironment(objectStore));
            environment.putAll(ServiceProcess.notificationEnvironment(mailServer, smsFile));
            environment.put("GRIDLOOP_NOTIFICATIONS_RATING_URL", "http://localhost:" + feedbackPort + "/rate");
            // The return visit relays a reached resident's verdict to feedback; its clocks are looked at every second.
            environment.put("QUARKUS_REST_CLIENT_FEEDBACK_URL", "http://localhost:" + feedbackPort);
            environment.put("GRIDLOOP_RETURN_VISITS_CHECK_INTERVAL", "1s");
        }
        for (String route : List.of("SUBMIT", "SUPPORT", "WITHDRAW", "RATING", "PHOTO")) {
            environment.put("GRIDLOOP_RATE_LIMIT_ROUTES_" + route + "_REQUESTS", "1000000");
            environment.put("GRIDLOOP_RATE_LIMIT_ROUTES_" + route + "_PER", "PT1H");
        }
        if (name.equals(ServiceModules.COMMAND_CENTER)) {
            environment.putAll(ServiceProcess.commandCenterEnvironment(dispatch.url(), registry.url(), COMMAND_SESSION_SECRET,
                    "http://localhost:" + port));
            environment.put("QUARKUS_REST_CLIENT_INTAKE_URL", intake.url());
        }
        environment.putAll(kafkaCredentials(name));
        environment.putAll(serviceSettings);
        environment.putAll(extraEnvironment);
        return new ServiceProcess(name, ROOT.resolve(ServiceModules.module(name) + "/target/quarkus-app/quarkus-run.jar"), port,
                environment, jvmOptions(name), serviceLog);
    }

    /**
     * C1 only in the tests, where a service is started and killed again and again. A benchmark runs each service
     * as the local run does ({@link LocalStackSettings#DEFAULT_SERVICE_JVM_OPTIONS}, malloc arenas capped), so its
     * memory figures are the local run's, and can record services with Flight Recorder:
     * {@code -Dgridloop.bench.jfr=intake,dispatch} (see {@link #dumpFlightRecording}).
     */
    private static List<String> jvmOptions(String name) {
        if (!BENCHMARK) {
            return List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        }
        List<String> options = new java.util.ArrayList<>(
                List.of(LocalStackSettings.DEFAULT_SERVICE_JVM_OPTIONS.trim().split("\\s+")));
        if (profiled().contains(name)) {
            // Deep stacks: Vert.x and Hibernate Reactive calls nest far below JFR's default of 64 frames.
            options.addAll(List.of("-XX:FlightRecorderOptions:stackdepth=512",
                    "-XX:StartFlightRecording=name=bench,settings=profile"));
        }
        return options;
    }

    /** The services a benchmark records with Flight Recorder ({@code -Dgridloop.bench.jfr}, comma-separated). */
    static List<String> profiled() {
        String names = System.getProperty("gridloop.bench.jfr", "");
        return names.isBlank() ? List.of() : List.of(names.split(","));
    }

    /** Writes what Flight Recorder has recorded in the service so far to {@code file} ({@code jcmd JFR.dump}). */
    static void dumpFlightRecording(ServiceProcess service, Path file) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(service.pid()), "JFR.dump", "name=bench",
                "filename=" + file.toAbsolutePath()).redirectErrorStream(true).start();
        String output = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (dump.waitFor() != 0 || !Files.exists(file)) {
            throw new IllegalStateException("jcmd JFR.dump of " + service.name() + " failed: " + output);
        }
    }

    /** The service processes this system runs. */
    List<ServiceProcess> services() {
        return commandCenter == null ? List.of(intake, dispatch, feedback)
                : List.of(intake, dispatch, feedback, commandCenter, registry);
    }

    KafkaTestClient kafka() {
        return new KafkaTestClient(broker.clientSettings());
    }

    static String kafkaPassword(String service) {
        return "system-test-kafka-" + service;
    }

    /** The settings that make a service sign in to the broker as its own principal. */
    static Map<String, String> kafkaCredentials(String service) {
        return ServiceAccess.ALL.stream().filter(access -> access.service().equals(service)).findFirst()
                .orElseThrow().environment(kafkaPassword(service));
    }

    /**
     * Waits until the system is quiet: every service's group has consumed (and committed the work of)
     * everything on its topics, and every outbox has published its rows. After that the topics hold all
     * that the services will publish for what happened so far, and {@link KafkaTestClient#readAll} shows it.
     */
    void awaitQuiet() throws Exception {
        KafkaTestClient kafka = kafka();
        for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
            if (commandCenter == null && (group.getKey().equals(ServiceModules.COMMAND_CENTER)
                    || group.getKey().equals(ServiceModules.REGISTRY))) {
                continue;
            }
            kafka.awaitConsumed(group.getKey(), QUIET_TIMEOUT, group.getValue().toArray(String[]::new));
        }
        List<String> publishers = registry == null ? List.of("intake", "dispatch", "feedback")
                : List.of("intake", "dispatch", "feedback", ServiceModules.REGISTRY);
        for (String service : publishers) {
            await(service + "'s outbox published").atMost(QUIET_TIMEOUT).pollInterval(Duration.ofMillis(50))
                    .until(() -> OutboxRows.unsent(databaseServerOf(service), service) == 0);
        }
    }

    @Override
    public void close() {
        // The services shut down (leave their consumer groups, close pools) at the same time, not one by one.
        services().stream().map(service -> CompletableFuture.runAsync(service::stop))
                .toList().forEach(CompletableFuture::join);
        postgres.stop();
        dispatchPostgres.stop();
        KafkaTestClient.closeProducer(broker.bootstrapServers());
        broker.stop();
        oidc.stop();
        objectStore.stop();
        mailServer.stop();
        serviceLog.close();
    }
}
