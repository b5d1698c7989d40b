package gridloop.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker + controller), run from Kafka's own
 * jars inside this JVM. The log directory survives {@link #stop()}, so a stopped broker can be started
 * again on the same port with its data: that is how tests take the broker away and bring it back.
 *
 * <p>{@link #secured} starts it as production runs Kafka, less TLS: clients must sign in with SCRAM-SHA-512 on a
 * {@code SASL_PLAINTEXT} listener, and may do only what ACLs allow ({@link ServiceAccess}); {@code admin} is the
 * super user that creates topics, users and ACLs.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** Partitions of the topics GridLoop creates: enough for several consumer instances to share the work. */
    public static final int DEFAULT_PARTITIONS = 6;
    public static final String ADMIN = "admin";
    static final String SCRAM = "SCRAM-SHA-512";

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    /** Null for a plaintext broker that anyone may use. */
    private final String adminPassword;
    private volatile KafkaRaftServer server;

    public EmbeddedKafkaBroker(int port, int controllerPort, Path logDir) {
        this(port, controllerPort, logDir, null);
    }

    private EmbeddedKafkaBroker(int port, int controllerPort, Path logDir, String adminPassword) {
        this.port = FreePorts.orPick(port);
        this.controllerPort = FreePorts.orPick(controllerPort);
        this.logDir = logDir;
        this.adminPassword = adminPassword;
    }

    /** A broker that refuses clients without SCRAM-SHA-512 credentials and applies ACLs. */
    public static EmbeddedKafkaBroker secured(int port, int controllerPort, Path logDir, String adminPassword) {
        return new EmbeddedKafkaBroker(port, controllerPort, logDir, adminPassword);
    }

    static {
        // Kafka calls Exit on fatal errors; in a shared JVM that must not take the tests or the launcher down.
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("Kafka asked to exit(" + code + "): " + message);
        });
        Exit.setHaltProcedure((code, message) -> {
            throw new IllegalStateException("Kafka asked to halt(" + code + "): " + message);
        });
    }

    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        try {
            Files.createDirectories(logDir);
            KafkaConfig config = KafkaConfig.fromProps(brokerProperties(), false);
            formatIfNeeded();
            KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
            raftServer.startup();
            server = raftServer;
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not start on port " + port, e);
        }
    }

    public synchronized void stop() {
        KafkaRaftServer running = server;
        server = null;
        if (running != null) {
            running.shutdown();
            running.awaitShutdown();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public boolean isSecured() {
        return adminPassword != null;
    }

    /** What a Kafka client needs to reach this broker: as {@code admin}, the super user, if it is secured. */
    public Map<String, Object> clientSettings() {
        return isSecured() ? clientSettings(ADMIN, adminPassword)
                : Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    }

    /** What a Kafka client needs to reach this secured broker as {@code user}. */
    public Map<String, Object> clientSettings(String user, String password) {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", SCRAM,
                "sasl.jaas.config", jaasConfig(user, password));
    }

    public static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    public int port() {
        return port;
    }

    /** Creates topics with {@code partitions} partitions, leaving existing ones as they are. */
    public void createTopics(Set<String> topics, int partitions) {
        createTopics(topics, partitions, java.util.Map.of());
    }

    /** The same, with topic settings (e.g. {@code cleanup.policy=compact}). */
    public void createTopics(Set<String> topics, int partitions, java.util.Map<String, String> configs) {
        try (Admin admin = Admin.create(clientSettings())) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1).configs(configs))).all()
                            .get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Broker did not create topics in time", e);
        }
    }

    private void formatIfNeeded() throws Exception {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(1)
                .addDirectory(logDir.toString())
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName("CONTROLLER")
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setIgnoreFormatted(true)
                // The super user must exist before the broker starts: it signs in to its own listener.
                .setScramArguments(isSecured()
                        ? List.of(SCRAM + "=[name=" + ADMIN + ",password=" + adminPassword + "]") : List.of())
                .run();
    }

    private Properties brokerProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        String listener = isSecured() ? "SASL_PLAINTEXT" : "PLAINTEXT";
        props.put("listeners", listener + "://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", listener + "://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", listener);
        props.put("listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:PLAINTEXT");
        if (isSecured()) {
            props.put("sasl.enabled.mechanisms", SCRAM);
            props.put("sasl.mechanism.inter.broker.protocol", SCRAM);
            props.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", jaasConfig(ADMIN, adminPassword));
            props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            props.put("allow.everyone.if.no.acl.found", "false");
            // ANONYMOUS is this node's own broker on the controller listener, which is bound to localhost and
            // reachable by nothing else here; production runs its controllers with a SASL listener of their own.
            props.put("super.users", "User:" + ADMIN + ";User:ANONYMOUS");
        }
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", String.valueOf(DEFAULT_PARTITIONS));
        // GridLoop creates its own topics (ContractTopics); a client that writes to a name nobody created is refused,
        // not given a new topic.
        props.put("auto.create.topics.enable", "false");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "6");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // A developer machine: flush to the OS page cache like any Kafka broker, keep segments small.
        props.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return props;
    }
}
