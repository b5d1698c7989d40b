package gridloop.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The local SMS provider's file: one JSON line per message sent (phone, templateCode, params, outId). */
public final class SmsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public SmsFile(Path file) {
        this.file = file;
    }

    public List<JsonNode> messages() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages to one phone. */
    public List<JsonNode> to(String phone) {
        return messages().stream().filter(message -> phone.equals(message.path("phone").asText())).toList();
    }
}
