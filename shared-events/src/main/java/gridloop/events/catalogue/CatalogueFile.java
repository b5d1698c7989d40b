package gridloop.events.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads a catalogue file of the contract strictly: a missing field or a name missing in a language stops the start. */
final class CatalogueFile {

    /** The languages every catalogue entry is named in: the district's, and English. */
    static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private CatalogueFile() {
    }

    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = CatalogueFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                    .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
                    .readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + resource, e);
        }
    }

    /** The entry's names, checked: one in each of {@link #LANGUAGES}. */
    static Map<String, String> names(String resource, String code, Map<String, String> names) {
        for (String language : LANGUAGES) {
            String name = names == null ? null : names.get(language);
            if (name == null || name.isBlank()) {
                throw new IllegalStateException(resource + ": " + code + " has no " + language + " name");
            }
        }
        return Map.copyOf(names);
    }
}
