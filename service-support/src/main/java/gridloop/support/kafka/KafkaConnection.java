package gridloop.support.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the Kafka clients this service builds by hand (the outbox producer, the health check's admin client) reach
 * the broker: the same {@code kafka.*} settings (env {@code KAFKA_*}) that Quarkus hands to every messaging channel,
 * reduced to where the broker is and how to sign in to it: {@code bootstrap.servers}, {@code security.protocol},
 * {@code sasl.*} and {@code ssl.*}. So turning on SASL or TLS at the broker is one change of configuration, for
 * every client alike.
 */
@ApplicationScoped
public class KafkaConnection {

    private final Map<String, Object> settings;

    /** From Kafka client settings, e.g. a test broker's: those beyond the connection are left out. */
    public static KafkaConnection of(Map<String, Object> kafkaConfig) {
        return new KafkaConnection(kafkaConfig);
    }

    KafkaConnection(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        Map<String, Object> connection = new TreeMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.equals("security.protocol") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                connection.put(key, value);
            }
        });
        connection.putIfAbsent("bootstrap.servers", "localhost:9092");
        this.settings = Map.copyOf(connection);
    }

    /** A fresh copy of the connection settings, for a client's own configuration to be added to. */
    public Map<String, Object> settings() {
        return new java.util.HashMap<>(settings);
    }
}
