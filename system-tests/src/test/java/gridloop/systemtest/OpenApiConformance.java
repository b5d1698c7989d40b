package gridloop.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gridloop.localstack.ServiceProcess;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every call the system tests make to a service's API, held to the OpenAPI document that service serves: the
 * operation must be documented, the answer's status must be one the operation lists, and its body must match the
 * schema documented for that status and media type; a request the service accepted must match the documented request
 * body. A mismatch fails the test that met it, naming the operation, the status and the field. Installed once for
 * every REST Assured call of the JVM; services are registered by port as their systems start.
 */
final class OpenApiConformance implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiConformance INSTANCE = new OpenApiConformance();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /**
     * {@code -Dgridloop.openapi.collect=true}: write every mismatch to {@code target/openapi-mismatches.txt} and let
     * the tests go on, to see them all at once while mending a document.
     */
    private static final boolean COLLECT = Boolean.getBoolean("gridloop.openapi.collect");

    private final Map<Integer, Document> byPort = new ConcurrentHashMap<>();

    private OpenApiConformance() {
    }

    /** Holds every later REST Assured call to these services' public ports to their served documents. */
    static synchronized void register(List<ServiceProcess> services) {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
        for (ServiceProcess service : services) {
            INSTANCE.byPort.put(URI.create(service.url()).getPort(),
                    new Document(service.name(), ServedOpenApi.of(service).document()));
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        URI uri = URI.create(request.getURI());
        Document document = byPort.get(uri.getPort());
        if (document == null || !uri.getRawPath().startsWith("/api/")) {
            return response;
        }
        List<String> problems = document.check(request.getMethod(), uri.getRawPath(), request.getBody(),
                request.getContentType(), response);
        if (!problems.isEmpty()) {
            String said = "The answer does not match " + document.service + "'s OpenAPI document: "
                    + String.join("; ", problems);
            if (!COLLECT) {
                throw new AssertionError(said);
            }
            synchronized (this) {
                try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi-mismatches.txt"), said + "\n",
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return response;
    }

    /** One service's served document, with its operations' path templates as patterns. */
    private static final class Document {

        private final String service;
        private final JsonNode root;
        private final List<Operation> operations = new ArrayList<>();
        private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

        Document(String service, JsonNode root) {
            this.service = service;
            this.root = root;
            root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()))));
            // A literal segment wins over a parameter: /appeals/mine before /appeals/{id}.
            operations.sort(Comparator.comparingLong(operation -> operation.template.chars().filter(c -> c == '{').count()));
        }

        List<String> check(String method, String path, Object requestBody, String requestType, Response response) {
            Operation operation = operations.stream().filter(o -> o.method.equals(method) && o.pattern.matcher(path).matches())
                    .findFirst().orElse(null);
            if (operation == null) {
                return List.of(method + " " + path + " is not a documented operation");
            }
            String name = method + " " + operation.template;
            List<String> problems = new ArrayList<>();
            int status = response.statusCode();
            JsonNode responses = operation.node.path("responses");
            JsonNode documented = responses.has(String.valueOf(status)) ? responses.path(String.valueOf(status))
                    : responses.path(status / 100 + "XX").isMissingNode() ? responses.path("default")
                    : responses.path(status / 100 + "XX");
            if (documented.isMissingNode()) {
                problems.add(name + " answered " + status + ", which it does not document (it lists "
                        + fieldNames(responses) + ")");
                return problems;
            }
            String body = response.asString();
            String type = mediaType(response.contentType());
            if (!body.isEmpty() && !type.isEmpty()) {
                JsonNode content = documented.path("content");
                JsonNode media = content.has(type) ? content.path(type) : content.path("*/*");
                if (media.isMissingNode()) {
                    problems.add(name + " answered " + status + " as " + type + ", documented as " + fieldNames(content));
                } else if (type.endsWith("json") && media.has("schema")) {
                    problems.addAll(validate(name + " answer " + status, media.path("schema"), body));
                }
            }
            if (status / 100 == 2 && requestBody instanceof String sent && !sent.isBlank()
                    && mediaType(requestType).endsWith("json")) {
                JsonNode schema = operation.node.path("requestBody").path("content").path("application/json").path("schema");
                if (!schema.isMissingNode()) {
                    problems.addAll(validate(name + " request", schema, sent));
                }
            }
            return problems;
        }

        private List<String> validate(String what, JsonNode schemaNode, String body) {
            JsonSchema schema = compiled.computeIfAbsent(schemaNode.toString(), key -> {
                ObjectNode within = root.deepCopy();
                within.setAll(((ObjectNode) schemaNode.deepCopy()));
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
                return SCHEMAS.getSchema(SchemaLocation.of("https://gridloop.example/" + service + "/openapi.json"),
                        within, config);
            });
            try {
                Set<ValidationMessage> messages = schema.validate(JSON.readTree(body));
                return messages.stream().map(message -> what + ": " + message.getMessage()).sorted()
                        .collect(Collectors.toList());
            } catch (Exception e) {
                return List.of(what + ": not JSON (" + e.getMessage() + ")");
            }
        }

        private static String mediaType(String contentType) {
            return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        }

        private static List<String> fieldNames(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }

    private record Operation(String method, String template, JsonNode node, Pattern pattern) {

        Operation(String method, String template, JsonNode node) {
            this(method, template, node, Pattern.compile("^" + template.replaceAll("\\{[^/]+}", "[^/]+") + "$"));
        }
    }
}
