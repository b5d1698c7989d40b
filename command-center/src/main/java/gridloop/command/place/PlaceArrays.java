package gridloop.command.place;

import java.util.List;
import java.util.stream.Collectors;

/** A list of ids as a PostgreSQL array literal ({@code {"a","b"}}), each element quoted and escaped. */
final class PlaceArrays {

    private PlaceArrays() {
    }

    static String literal(List<String> values) {
        if (values == null) {
            return "{}";
        }
        return values.stream()
                .map(value -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
