package gridloop.registry.importing;

import java.util.Locale;
import java.util.Optional;

/** What a registrar imports: buildings as GeoJSON, the rest as CSV. */
public enum ImportKind {
    BUILDINGS, HOUSEHOLDS, ORGANISATIONS, FACILITIES;

    public static Optional<ImportKind> of(String path) {
        try {
            return Optional.of(valueOf(path.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
