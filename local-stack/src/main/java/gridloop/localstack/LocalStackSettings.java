package gridloop.localstack;

import java.nio.file.Path;
import java.util.List;

/** Ports and folders of the local run, each overridable by an environment variable. */
public record LocalStackSettings(Path root, Path dataDir, int kafkaPort, int kafkaControllerPort, int postgresPort,
        int intakePort, int dispatchPort, int feedbackPort, int oidcPort, int intakeManagementPort,
        int dispatchManagementPort, int feedbackManagementPort, int commandCenterPort,
        int commandCenterManagementPort, int registryPort, int registryManagementPort, List<String> serviceJvmOptions,
        String managementHost, String commandCenterPublicUrl, int objectStorePort, int smtpPort, int imapPort) {

    /**
     * How each service's JVM runs locally unless GRIDLOOP_SERVICE_JVM_OPTIONS says otherwise (space-separated): a
     * heap kept tight (it grows only as needed and gives memory back), smaller thread stacks and code cache.
     * Measured in docs/performance.md ("Start-up and footprint").
     */
    public static final String DEFAULT_SERVICE_JVM_OPTIONS = "-Xmx160m -Xms24m -XX:MinHeapFreeRatio=10 "
            + "-XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=48m";

    public static LocalStackSettings fromEnvironment() {
        Path root = Path.of(env("GRIDLOOP_HOME", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        return new LocalStackSettings(root,
                root.resolve(env("GRIDLOOP_DATA_DIR", ".gridloop-data")),
                port("GRIDLOOP_KAFKA_PORT", 9092),
                port("GRIDLOOP_KAFKA_CONTROLLER_PORT", 9093),
                port("GRIDLOOP_POSTGRES_PORT", 15432),
                port("GRIDLOOP_INTAKE_PORT", 8081),
                port("GRIDLOOP_DISPATCH_PORT", 8082),
                port("GRIDLOOP_FEEDBACK_PORT", 8083),
                port("GRIDLOOP_OIDC_PORT", 8180),
                port("GRIDLOOP_INTAKE_MANAGEMENT_PORT", 9081),
                port("GRIDLOOP_DISPATCH_MANAGEMENT_PORT", 9082),
                port("GRIDLOOP_FEEDBACK_MANAGEMENT_PORT", 9083),
                port("GRIDLOOP_COMMAND_CENTER_PORT", 8080),
                port("GRIDLOOP_COMMAND_CENTER_MANAGEMENT_PORT", 9084),
                port("GRIDLOOP_REGISTRY_PORT", 8084),
                port("GRIDLOOP_REGISTRY_MANAGEMENT_PORT", 9085),
                List.of(env("GRIDLOOP_SERVICE_JVM_OPTIONS", DEFAULT_SERVICE_JVM_OPTIONS).trim().split("\\s+")),
                // 0.0.0.0 lets a metrics scraper on another machine in.
                env("GRIDLOOP_MANAGEMENT_HOST", "127.0.0.1"),
                env("GRIDLOOP_COMMAND_PUBLIC_URL", "http://localhost:" + port("GRIDLOOP_COMMAND_CENTER_PORT", 8080)),
                port("GRIDLOOP_OBJECT_STORE_PORT", 19000),
                port("GRIDLOOP_SMTP_PORT", 3025),
                port("GRIDLOOP_IMAP_PORT", 3143));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int port(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }
}
