package gridloop.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import gridloop.events.CloudEventHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The AsyncAPI document of {@code shared-events} as a checker: which message each {@code ce_type} is, on which
 * topic, and whether a record's headers and payload match their JSON Schemas. Used by the contract tests, on
 * samples and on what the running services really put on the topics.
 */
public final class EventContract {

    /** Where shared-events ships the document. */
    public static final String DOCUMENT = "asyncapi/gridloop.asyncapi.yaml";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final Map<String, Message> messagesByCeType = new HashMap<>();

    /** One message of the document: its topic and the schemas of its headers and payload. */
    public record Message(String ceType, String topic, JsonSchema headers, JsonSchema payload) {
    }

    private EventContract(JsonNode document) {
        this.document = document;
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        Map<String, String> topicByMessageRef = topicsByMessageRef(document);
        document.path("components").path("messages").fields().forEachRemaining(entry -> {
            String ref = "#/components/messages/" + entry.getKey();
            JsonNode message = entry.getValue();
            String ceType = message.path("name").asText();
            messagesByCeType.put(ceType, new Message(ceType, topicByMessageRef.get(ref),
                    schema(factory, message.path("headers")), schema(factory, message.path("payload"))));
        });
    }

    public static EventContract load() {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the classpath (shared-events)");
            }
            return new EventContract(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DOCUMENT, e);
        }
    }

    /** The parsed document, for tests that check its structure. */
    public JsonNode document() {
        return document;
    }

    public Map<String, Message> messages() {
        return Map.copyOf(messagesByCeType);
    }

    /** For tests that read records anyway: the record itself, or an AssertionError naming what is wrong. */
    public ConsumerRecord<String, byte[]> requireKept(ConsumerRecord<String, byte[]> record) {
        List<String> problems = violations(record);
        if (!problems.isEmpty()) {
            throw new AssertionError("Record at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " breaks " + DOCUMENT + ": " + problems);
        }
        return record;
    }

    /** Everything wrong with one record read from a topic; empty when it keeps the contract. */
    public List<String> violations(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        List<String> problems = new ArrayList<>(violations(headers.get(CloudEventHeaders.TYPE), record.topic(),
                headers, record.value()));
        if (record.key() == null || !record.key().equals(headers.get(CloudEventHeaders.SUBJECT))) {
            problems.add("key " + record.key() + " is not ce_subject " + headers.get(CloudEventHeaders.SUBJECT));
        }
        return problems;
    }

    /** Everything wrong with an event of {@code ceType} on {@code topic}; empty when it keeps the contract. */
    public List<String> violations(String ceType, String topic, Map<String, String> headers, byte[] payload) {
        Message message = messagesByCeType.get(ceType);
        if (message == null) {
            return List.of("ce_type " + ceType + " is not in " + DOCUMENT);
        }
        List<String> problems = new ArrayList<>();
        if (!message.topic().equals(topic)) {
            problems.add(ceType + " belongs on " + message.topic() + ", not on " + topic);
        }
        message.headers().validate(JSON.valueToTree(headers))
                .forEach(problem -> problems.add(ceType + " headers: " + problem.getMessage()));
        try {
            message.payload().validate(JSON.readTree(payload))
                    .forEach(problem -> problems.add(ceType + " payload: " + problem.getMessage()));
        } catch (IOException e) {
            problems.add(ceType + " payload is not JSON: " + e.getMessage());
        }
        return problems;
    }

    private static Map<String, String> topicsByMessageRef(JsonNode document) {
        Map<String, String> topics = new HashMap<>();
        document.path("channels").forEach(channel -> channel.path("messages").forEach(message ->
                topics.put(message.path("$ref").asText(), channel.path("address").asText())));
        return topics;
    }

    /**
     * A message's headers or payload, which refer into {@code components/schemas}: the referring node is
     * checked within a copy of the whole document, so every {@code #/components/...} pointer resolves.
     */
    private JsonSchema schema(JsonSchemaFactory factory, JsonNode node) {
        ObjectNode root = document.deepCopy();
        root.setAll(node.isObject() ? (ObjectNode) node.deepCopy() : JSON.createObjectNode());
        return factory.getSchema(SchemaLocation.of("classpath:" + DOCUMENT), root);
    }
}
