package gridloop.events.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The component classes of facilities, read from the contract file {@code catalogue/facility-classes.json}: the one
 * home of the classes and their names. The registry checks a facility's class against it; readers name a class from
 * the code a {@code gridloop.registry.facility.v1} event carries.
 */
public final class FacilityClassCatalogue {

    private static final String RESOURCE = "/catalogue/facility-classes.json";

    /** @param local the street's own addition, not a class of the standard */
    public record FacilityClass(String code, String major, boolean local, Map<String, String> names) {

        public String nameIn(String languageTag) {
            return names.getOrDefault(languageTag, names.get("en"));
        }
    }

    private record Document(String description, List<FacilityClass> classes) {
    }

    private static final List<FacilityClass> CLASSES = CatalogueFile.read(RESOURCE, Document.class).classes().stream()
            .map(c -> new FacilityClass(c.code(), c.major(), c.local(), CatalogueFile.names(RESOURCE, c.code(),
                    c.names())))
            .toList();

    private FacilityClassCatalogue() {
    }

    public static List<FacilityClass> all() {
        return CLASSES;
    }

    public static Optional<FacilityClass> of(String code) {
        return CLASSES.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
