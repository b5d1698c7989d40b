package gridloop.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Malformed and hostile requests for every operation of a served OpenAPI document, generated from the document:
 * bad values in each path and query parameter, and for each JSON body (its example) wrong types, huge numbers,
 * NUL bytes, huge arrays, deep nesting, broken JSON and bodies over the limit. Writes name an appeal that does not
 * exist, so nothing that exists can change; only a new appeal may carry hostile text (SQL and script fragments,
 * unicode edge cases), which must be stored as text.
 */
final class HostileRequests {

    /** One request; {@code mayBeAccepted}: hostile but well-formed (2xx allowed), else it must be refused (4xx). */
    record Hostile(String operation, String method, String path, String query, String body, boolean chunked,
            boolean mayBeAccepted, String what) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Bad path and query values, already URL-encoded where they must be. */
    static final List<String> BAD_VALUES = List.of("not-a-uuid", "-1", "0", "99999999999999999999999", "1e400",
            "%00", "abc%00def", "%27%20OR%201%3D1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%F0%9D%95%8F",
            "%E2%80%AE", "x".repeat(4000), "%ED%A0%80", "NaN");
    /** Hostile text a field may well be given: it must be kept as text, never interpreted. */
    static final List<String> HOSTILE_TEXT = List.of("'; DROP TABLE appeal; --", "\" OR \"1\"=\"1",
            "<script>alert(1)</script>", "${jndi:ldap://x/a}", "{{7*7}}", "\u202Egnp.exe", "😀🏳️‍🌈",
            "\uD83D", "Ω≈ç√∫˜µ≤≥÷", "../../etc/passwd");

    private HostileRequests() {
    }

    static List<Hostile> of(Map<String, JsonNode> operations) {
        List<Hostile> requests = new ArrayList<>();
        operations.forEach((operation, spec) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            String path = ServedOpenApi.concretePath(template);
            String example = example(spec);
            if (template.contains("{")) {
                for (String bad : BAD_VALUES) {
                    requests.add(new Hostile(operation, method, template.replaceAll("\\{[a-zA-Z]+}", bad), "",
                            example, false, false, "path parameter " + abbreviated(bad)));
                }
            }
            for (JsonNode parameter : spec.path("parameters")) {
                if (!"query".equals(parameter.path("in").asText())) {
                    continue;
                }
                for (String bad : BAD_VALUES) {
                    requests.add(new Hostile(operation, method, path, parameter.path("name").asText() + "=" + bad,
                            example, false, method.equals("GET"),
                            "query " + parameter.path("name").asText() + "=" + abbreviated(bad)));
                }
            }
            if (example != null) {
                // A map upload whose values were merely changed could still be a valid map and replace the district:
                // it gets only the bodies that cannot be one.
                requests.addAll(bodies(operation, method, path, example, !operation.equals("PUT /api/v1/grids")));
            }
        });
        return requests;
    }

    private static List<Hostile> bodies(String operation, String method, String path, String example,
            boolean mutateFields) {
        List<Hostile> requests = new ArrayList<>();
        List<String> broken = List.of("", "{", "null", "[]", "\"text\"", "123", "{\"a\":1,}", "\u0000",
                "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                "[" + String.join(",", Collections.nCopies(10_000, "1")) + "]");
        for (String body : broken) {
            requests.add(new Hostile(operation, method, path, "", body, false, false, "broken body " + abbreviated(body)));
        }
        String huge = "{\"description\":\"" + "x".repeat(80 * 1024) + "\"}";
        requests.add(new Hostile(operation, method, path, "", huge, false, false, "80 KiB body"));
        requests.add(new Hostile(operation, method, path, "", huge, true, false, "80 KiB body, chunked"));
        if (!mutateFields) {
            return requests;
        }
        JsonNode root = read(example);
        boolean creates = operation.equals("POST /api/v1/appeals");
        for (String pointer : leaves(root, "")) {
            JsonNode leaf = root.at(pointer);
            List<JsonNode> wrong = new ArrayList<>(List.of(NODES.objectNode(), NODES.arrayNode()));
            if (leaf.isTextual()) {
                wrong.add(NODES.numberNode(12));
                wrong.add(NODES.textNode("nul\u0000byte"));
                wrong.add(NODES.textNode("x".repeat(20_000)));
            } else if (leaf.isNumber()) {
                wrong.add(NODES.textNode("abc"));
                wrong.add(NODES.numberNode(new BigDecimal("1e400")));
                wrong.add(NODES.numberNode(-1e308));
            } else if (leaf.isBoolean()) {
                wrong.add(NODES.textNode("yes"));
            }
            for (JsonNode value : wrong) {
                requests.add(new Hostile(operation, method, path, "", replaced(root, pointer, value), false, false,
                        pointer + " = " + abbreviated(value.toString())));
            }
            if (creates && leaf.isTextual()) {
                for (String text : HOSTILE_TEXT) {
                    requests.add(new Hostile(operation, method, path, "", replaced(root, pointer, NODES.textNode(text)),
                            false, true, pointer + " = " + text));
                }
            }
        }
        for (String pointer : arrays(root, "")) {
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < 10_000; i++) {
                many.add(root.at(pointer).size() > 0 ? root.at(pointer).get(0) : NODES.textNode("x"));
            }
            requests.add(new Hostile(operation, method, path, "", replaced(root, pointer, many), false, false,
                    pointer + " with 10,000 elements"));
        }
        return requests;
    }

    private static String example(JsonNode spec) {
        JsonNode media = spec.path("requestBody").path("content").path("application/json");
        if (media.isMissingNode()) {
            return null;
        }
        JsonNode example = media.has("example") ? media.path("example") : media.path("examples").elements().hasNext()
                ? media.path("examples").elements().next().path("value") : NODES.objectNode();
        return example.isTextual() ? example.asText() : example.toString();
    }

    private static List<String> leaves(JsonNode node, String at) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                found.addAll(leaves(field.getValue(), at + "/" + field.getKey()));
            }
        } else if (node.isArray()) {
            if (node.size() > 0) {
                found.addAll(leaves(node.get(0), at + "/0"));
            }
        } else if (!at.isEmpty()) {
            found.add(at);
        }
        return found;
    }

    private static List<String> arrays(JsonNode node, String at) {
        List<String> found = new ArrayList<>();
        if (node.isArray()) {
            found.add(at);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> found.addAll(arrays(field.getValue(), at + "/" + field.getKey())));
        }
        return found;
    }

    private static String replaced(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? copy : copy.at(parent);
        if (container instanceof ObjectNode object) {
            object.set(last, value);
        } else if (container instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy.toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("The example is not JSON: " + json, e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }
}
