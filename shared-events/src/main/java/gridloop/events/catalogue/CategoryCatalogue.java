package gridloop.events.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The district's appeal categories, read from the contract file {@code catalogue/categories.json}: the one home of
 * each category's deadlines and department. Intake and dispatch each load it into their own table at start.
 */
public final class CategoryCatalogue {

    /** The category every appeal falls back to when its own is unknown. */
    public static final String FALLBACK = "OTHER";
    private static final String RESOURCE = "/catalogue/categories.json";

    /**
     * One category.
     *
     * @param sortOrder its place in the list a resident chooses from, from 1
     */
    public record Category(String code, String name, int acceptWithinHours, int resolveWithinHours, String department,
            boolean departmentFirst, int reportInWithinMinutes, int sortOrder) {
    }

    private record Document(String description, List<Entry> categories) {
    }

    private record Entry(String code, String name, int acceptWithinHours, int resolveWithinHours, String department,
            boolean departmentFirst, int reportInWithinMinutes) {
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
                return new Category(e.code(), e.name(), e.acceptWithinHours(), e.resolveWithinHours(), e.department(),
                        e.departmentFirst(), e.reportInWithinMinutes(), i + 1);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + RESOURCE, e);
        }
    }
}
