package gridloop.testkit;

import gridloop.localstack.ContractTopics;
import gridloop.localstack.EmbeddedKafkaBroker;
import gridloop.localstack.EmbeddedMailServer;
import gridloop.localstack.EmbeddedObjectStore;
import gridloop.localstack.EmbeddedPostgresServer;
import gridloop.localstack.FreePorts;
import gridloop.localstack.oidc.LocalOidcProvider;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one test resource every service's tests use: a real Kafka broker, a real PostgreSQL, the local
 * OpenID Connect provider and, for a service that asks, a real S3 server (S3Proxy) and mail server (GreenMail) on
 * free ports, started once per test JVM (Quarkus keeps the app, and with it this resource, across test
 * classes that share a profile). Tests reach the running parts through {@link #current()}, e.g. to stop
 * and restart the broker.
 */
public class GridLoopTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "gridloop";

    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(30);

    private static volatile GridLoopTestInfrastructure current;

    private EmbeddedKafkaBroker broker;
    private EmbeddedPostgresServer postgres;
    private LocalOidcProvider oidc;
    private EmbeddedObjectStore objectStore;
    private EmbeddedMailServer mailServer;
    private Path smsFile;

    @Override
    public Map<String, String> start() {
        Path workDir = workDirectory();
        oidc = new LocalOidcProvider(FreePorts.pick()).start();
        broker = new EmbeddedKafkaBroker(0, 0, workDir.resolve("kafka")).start();
        ContractTopics.createAll(broker, EmbeddedKafkaBroker.DEFAULT_PARTITIONS);
        postgres = new EmbeddedPostgresServer(0, workDir.resolve("postgres"), true, false).start();
        postgres.ensureDatabase(DATABASE);
        Map<String, String> config = new HashMap<>(Map.of(
                "gridloop.oidc.issuer", oidc.issuer(),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(DATABASE),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", EmbeddedPostgresServer.serviceUser(DATABASE),
                "quarkus.datasource.password", postgres.servicePassword(DATABASE)));
        // Only a service that keeps objects asks for the store (system property gridloop.test.object-store=true, set
        // by its pom): a JVM of its own, not worth starting for the others.
        if (Boolean.getBoolean(OBJECT_STORE_PROPERTY)) {
            objectStore = new EmbeddedObjectStore(0, workDir.resolve("objects"), "test-" + UUID.randomUUID()).start();
            config.put("quarkus.s3.endpoint-override", objectStore.endpoint());
            config.put("quarkus.s3.aws.credentials.static-provider.access-key-id", objectStore.accessKey());
            config.put("quarkus.s3.aws.credentials.static-provider.secret-access-key", objectStore.secretKey());
        }
        if (Boolean.getBoolean(MAIL_SERVER_PROPERTY)) {
            mailServer = new EmbeddedMailServer(0, 0, workDir.resolve("mail")).start();
            smsFile = workDir.resolve("sms.jsonl");
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(mailServer.smtpPort()));
            config.put("gridloop.notifications.sms.file", smsFile.toString());
        }
        current = this;
        return config;
    }

    public static final String OBJECT_STORE_PROPERTY = "gridloop.test.object-store";
    public static final String MAIL_SERVER_PROPERTY = "gridloop.test.mail-server";

    /** The mail server of this test JVM (SMTP for the service, IMAP for the test), when its service asked for one. */
    public Mailbox mailbox(String address) {
        if (mailServer == null) {
            throw new IllegalStateException("No mail server: set -D" + MAIL_SERVER_PROPERTY + "=true for this module");
        }
        return new Mailbox("127.0.0.1", mailServer.imapPort(), address);
    }

    /** The file the service's SMS provider writes, one JSON line per message. */
    public SmsFile smsFile() {
        if (smsFile == null) {
            throw new IllegalStateException("No SMS file: set -D" + MAIL_SERVER_PROPERTY + "=true for this module");
        }
        return new SmsFile(smsFile);
    }

    /** The S3 server of this test JVM, when its service asked for one. */
    public EmbeddedObjectStore objectStore() {
        if (objectStore == null) {
            throw new IllegalStateException("No object store: set -D" + OBJECT_STORE_PROPERTY + "=true for this module");
        }
        return objectStore;
    }

    @Override
    public void stop() {
        current = null;
        if (broker != null) {
            KafkaTestClient.closeProducer(broker.bootstrapServers());
            broker.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
        if (oidc != null) {
            oidc.stop();
        }
        if (objectStore != null) {
            objectStore.stop();
        }
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    /** The running infrastructure of this test JVM. */
    public static GridLoopTestInfrastructure current() {
        GridLoopTestInfrastructure running = current;
        if (running == null) {
            throw new IllegalStateException("GridLoopTestInfrastructure is not running in this JVM");
        }
        return running;
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    public KafkaTestClient kafka() {
        return new KafkaTestClient(broker.bootstrapServers());
    }

    /** The OpenID Connect provider the service under test trusts; {@link Tokens} gets its tokens. */
    public LocalOidcProvider oidc() {
        return oidc;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /**
     * Waits until the service under test is quiet: its consumer {@code group} has taken in every record on
     * {@code consumedTopics} (and committed the work), and its outbox has published every row. After that,
     * {@link KafkaTestClient#readAll} shows all that the service will publish for what it was sent, so a test
     * can say "exactly once" without waiting out a guessed number of seconds.
     */
    public void awaitQuiet(String group, String... consumedTopics) {
        kafka().awaitConsumed(group, QUIET_TIMEOUT, consumedTopics);
        Awaitility.await("every outbox row published").atMost(QUIET_TIMEOUT).pollInterval(Duration.ofMillis(50))
                .until(() -> OutboxRows.unsent(postgres, DATABASE) == 0);
    }

    private static Path workDirectory() {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            return Files.createTempDirectory(base, "gridloop-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
