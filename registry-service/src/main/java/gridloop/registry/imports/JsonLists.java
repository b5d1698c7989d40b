package gridloop.registry.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** A list of ids kept as a JSON array in a text column, sorted so that the same set is always the same text. */
public final class JsonLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLists() {
    }

    public static String write(List<String> values) {
        try {
            return JSON.writeValueAsString(values.stream().distinct().sorted().toList());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static List<String> read(String column) {
        try {
            return column == null ? List.of() : JSON.readValue(column, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored list is not JSON: " + column, e);
        }
    }
}
