package gridloop.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Redocly CLI's linter with its recommended rules, from the npm registry (a pinned version, installed into
 * {@code target/redocly} with the machine's npm on first use), run over OpenAPI documents.
 */
final class RedoclyLint {

    static final String VERSION = "2.77.0";
    private static final Path HOME = Path.of("target", "redocly").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RedoclyLint() {
    }

    /** Every problem Redocly reports (errors and warnings), as "document: rule at pointer: message". */
    static List<String> problems(Map<String, JsonNode> documentsByName) throws IOException, InterruptedException {
        Path cli = install();
        Path folder = Files.createDirectories(Path.of("target", "openapi"));
        List<String> command = new ArrayList<>(List.of(cli.toString(), "lint", "--format=json"));
        for (Map.Entry<String, JsonNode> document : documentsByName.entrySet()) {
            String file = document.getKey() + ".json";
            JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(file).toFile(), document.getValue());
            command.add(file);
        }
        String output = run(command, folder, false);
        List<String> problems = new ArrayList<>();
        int reportsRead = 0;
        // One JSON report per document, one after the other.
        try (var reports = JSON.readerFor(JsonNode.class).<JsonNode>readValues(output)) {
            while (reports.hasNext()) {
                JsonNode report = reports.next();
                if (!report.has("totals")) {
                    throw new IllegalStateException("Not a Redocly report: " + report);
                }
                reportsRead++;
                for (JsonNode problem : report.path("problems")) {
                    JsonNode location = problem.path("location").path(0);
                    problems.add(location.path("source").path("ref").asText().replaceFirst("\\.json$", "") + ": " + problem.path("severity").asText()
                            + " " + problem.path("ruleId").asText() + " at " + location.path("pointer").asText() + ": "
                            + problem.path("message").asText());
                }
            }
        }
        if (reportsRead != documentsByName.size()) {
            throw new IllegalStateException("Redocly reported on " + reportsRead + " of " + documentsByName.size()
                    + " documents: " + output);
        }
        return problems;
    }

    private static Path install() throws IOException, InterruptedException {
        Path cli = HOME.resolve("node_modules/.bin/redocly");
        if (!Files.isExecutable(cli)) {
            run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", HOME.toString(),
                    "@redocly/cli@" + VERSION), Path.of("target"), true);
        }
        return cli;
    }

    private static String run(List<String> command, Path directory, boolean mustSucceed)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(Path.of("target"), "redocly-", ".log");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectOutput(log.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0) + ": Node.js and npm are needed to lint "
                    + "the OpenAPI documents (apt-get install nodejs npm)", e);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (mustSucceed && process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
