package gridloop.intake.notification.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local run's and the tests' SMS provider: each message a line of JSON appended to a file (the run command names
 * it), with what a provider would be sent: phone, template code, parameters, out id.
 */
public final class FileSmsSender implements SmsSender {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public FileSmsSender(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void send(SmsMessage message) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("phone", message.phone());
        line.put("templateCode", message.templateCode());
        line.put("params", message.params());
        line.put("outId", message.outId());
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
