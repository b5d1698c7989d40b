package gridloop.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the self-contained jar of a server the stack runs as its own process lies: an environment variable if set,
 * else where this module's build put it in the local Maven repository. Run as processes, their Jetty, cloud SDKs and
 * mail libraries never meet a service's or a test's classpath.
 */
final class StandaloneJars {

    private StandaloneJars() {
    }

    static Path of(String key, String environmentOverride) {
        String override = System.getenv(environmentOverride);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Properties properties = new Properties();
        try (InputStream in = StandaloneJars.class.getResourceAsStream("standalone-jars.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("local-stack was built without standalone-jars.properties", e);
        }
        Path jar = Path.of(properties.getProperty(key));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(key + " is not at " + jar + ": build local-stack (./mvnw -pl local-stack "
                    + "install) to fetch it, or set " + environmentOverride);
        }
        return jar;
    }
}
