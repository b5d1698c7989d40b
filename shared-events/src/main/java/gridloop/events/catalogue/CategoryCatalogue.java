package gridloop.events.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The district's appeal categories, read from the contract file {@code catalogue/categories.json}: the one home of
 * each category's deadlines and department. Intake and dispatch each load it into their own table at start.
 */
public final class CategoryCatalogue {

    /** The category every appeal falls back to when its own is unknown. */
    public static final String FALLBACK = "OTHER";
    private static final String RESOURCE = "/catalogue/categories.json";

    /** The languages every category is named in: the district's, and English. */
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /**
     * One category.
     *
     * @param names its name in each of {@link #LANGUAGES}, by language tag
     * @param sortOrder its place in the list a resident chooses from, from 1
     */
    public record Category(String code, Map<String, String> names, int acceptWithinHours, int resolveWithinHours,
            String department, boolean departmentFirst, int reportInWithinMinutes, int sortOrder) {

        /** The English name (the field the contract has always carried). */
        public String name() {
            return names.get("en");
        }

        /** The Chinese name, the district's. */
        public String nameZh() {
            return names.get("zh-CN");
        }
    }

    private record Document(String description, List<Entry> categories) {
    }

    private record Entry(String code, Map<String, String> names, int acceptWithinHours, int resolveWithinHours,
            String department, boolean departmentFirst, int reportInWithinMinutes) {
    }

    private static final List<Category> CATEGORIES = load();

    private CategoryCatalogue() {
    }

    /** Every category, in the order a resident is offered them. */
    public static List<Category> all() {
        return CATEGORIES;
    }

    public static Optional<Category> of(String code) {
        return CATEGORIES.stream().filter(category -> category.code().equals(code)).findFirst();
    }

    private static List<Category> load() {
        try (InputStream in = CategoryCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the classpath");
            }
            Document document = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                    .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
                    .readValue(in, Document.class);
            List<Entry> entries = document.categories();
            return java.util.stream.IntStream.range(0, entries.size()).mapToObj(i -> {
                Entry e = entries.get(i);
                for (String language : LANGUAGES) {
                    String name = e.names().get(language);
                    if (name == null || name.isBlank()) {
                        throw new IllegalStateException(RESOURCE + ": " + e.code() + " has no " + language + " name");
                    }
                }
                return new Category(e.code(), Map.copyOf(e.names()), e.acceptWithinHours(), e.resolveWithinHours(),
                        e.department(), e.departmentFirst(), e.reportInWithinMinutes(), i + 1);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + RESOURCE, e);
        }
    }
}
