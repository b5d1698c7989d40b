package gridloop.systemtest;

import static org.awaitility.Awaitility.await;

import gridloop.localstack.FreePorts;
import gridloop.localstack.oidc.LocalOidcProvider;
import gridloop.localstack.oidc.PasswordGrant;
import gridloop.localstack.oidc.RealmUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak, the production provider: the distribution from Maven Central ({@code keycloak-quarkus-dist},
 * unpacked into {@code target/keycloak} by this module's build), started in dev mode on a free port with the
 * repository's realm export imported, on a Java 21+ runtime found by {@link #findJava21()}. Its log goes to
 * {@code target/keycloak.log}.
 */
final class KeycloakServer implements AutoCloseable {

    /** Set to a JDK 21+ home to choose the runtime Keycloak runs on (else one is looked for). */
    static final String JAVA_HOME_SETTING = "gridloop.keycloak.java-home";
    private static final Path DISTRIBUTIONS = Path.of("target", "keycloak");
    private static final List<Path> JVM_FOLDERS = List.of(Path.of("/usr/lib/jvm"), Path.of("/opt/java"),
            Path.of("/usr/java"), Path.of("/Library/Java/JavaVirtualMachines"));

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak; {@link #awaitReady} waits for the realm. */
    static KeycloakServer start(Path javaHome) {
        Path home = distribution();
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (InputStream realm = RealmUsers.class.getResourceAsStream(RealmUsers.REALM_RESOURCE)) {
                Files.copy(realm, imports.resolve("gridloop-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int port = FreePorts.pick();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-port=" + port, "--http-management-port=" + FreePorts.pick())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "keycloak.log").toFile()));
            builder.environment().put("JAVA_HOME", javaHome.toString());
            builder.environment().remove("JAVA_OPTS");
            return new KeycloakServer(builder.start(), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm's issuer, as the services are configured with it. */
    String issuer() {
        return "http://localhost:" + port + "/realms/gridloop";
    }

    KeycloakServer awaitReady(Duration timeout) {
        await("Keycloak's realm at " + issuer()).atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Keycloak stopped; see target/keycloak.log");
                    }
                    return status(issuer() + "/.well-known/openid-configuration") == 200;
                });
        return this;
    }

    /** An access token of a realm user, with the password grant of the public client, as a phone app gets one. */
    String passwordToken(String username) {
        return PasswordGrant.accessToken(issuer() + "/protocol/openid-connect/token", LocalOidcProvider.CLIENT_ID,
                username, "gridloop");
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The unpacked distribution ({@code target/keycloak/keycloak-<version>}). */
    private static Path distribution() {
        try (Stream<Path> found = Files.list(DISTRIBUTIONS)) {
            return found.filter(dir -> Files.isRegularFile(dir.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak in " + DISTRIBUTIONS.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException("No Keycloak in " + DISTRIBUTIONS.toAbsolutePath()
                    + ": the build unpacks it (./mvnw verify)", e);
        }
    }

    /**
     * A Java 21+ home for Keycloak: the {@value #JAVA_HOME_SETTING} setting (system property, or the environment
     * variable GRIDLOOP_KEYCLOAK_JAVA_HOME), else the JVM running the tests if it is new enough, else the newest
     * JDK 21+ among the system's JVMs (/usr/lib/jvm and the like).
     */
    static Optional<Path> findJava21() {
        String configured = Optional.ofNullable(System.getProperty(JAVA_HOME_SETTING))
                .orElse(System.getenv("GRIDLOOP_KEYCLOAK_JAVA_HOME"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(home -> featureVersion(home) >= 21);
        }
        if (Runtime.version().feature() >= 21) {
            return Optional.of(Path.of(System.getProperty("java.home")));
        }
        return JVM_FOLDERS.stream().filter(Files::isDirectory).flatMap(KeycloakServer::children)
                .flatMap(home -> Stream.of(home, home.resolve("Contents/Home")))
                .filter(home -> featureVersion(home) >= 21)
                .max((a, b) -> Integer.compare(featureVersion(a), featureVersion(b)));
    }

    private static Stream<Path> children(Path folder) {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    /** The feature version in a JDK's {@code release} file (JAVA_VERSION="25.0.3"), or 0. */
    static int featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(release)) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION=")).findFirst()
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .map(version -> version.startsWith("1.") ? 8 : Integer.parseInt(version.split("[.+-]")[0]))
                    .orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
