package gridloop.events.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The city departments that take escalated appeals, read from the contract file {@code catalogue/departments.json}:
 * the one home of their names. Events carry a department's code (and, from before, its English name); a service
 * that shows a department to a person names it from here, in the reader's language.
 */
public final class DepartmentCatalogue {

    private static final String RESOURCE = "/catalogue/departments.json";

    /** @param names its name in each language the district speaks, by language tag */
    public record Department(String code, Map<String, String> names) {

        /** The English name (what the events' {@code departmentName} carries). */
        public String name() {
            return names.get("en");
        }

        /** The name for a reader of this language tag. */
        public String nameIn(String languageTag) {
            return names.getOrDefault(languageTag, name());
        }
    }

    private record Document(String description, List<Department> departments) {
    }

    private static final List<Department> DEPARTMENTS = CatalogueFile.read(RESOURCE, Document.class).departments()
            .stream().map(d -> new Department(d.code(), CatalogueFile.names(RESOURCE, d.code(), d.names()))).toList();

    private DepartmentCatalogue() {
    }

    public static List<Department> all() {
        return DEPARTMENTS;
    }

    public static Optional<Department> of(String code) {
        return DEPARTMENTS.stream().filter(department -> department.code().equals(code)).findFirst();
    }

    /**
     * A department's name for a reader: from the catalogue by its code (or, when only its English name is known, by
     * that), else the name an event carried (a department the catalogue no longer lists), else the code.
     */
    public static String nameIn(String languageTag, String code, String carriedName) {
        return of(code)
                .or(() -> DEPARTMENTS.stream().filter(department -> department.name().equals(carriedName)).findFirst())
                .map(department -> department.nameIn(languageTag))
                .orElse(carriedName == null ? code : carriedName);
    }
}
