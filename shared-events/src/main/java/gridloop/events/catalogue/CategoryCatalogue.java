package gridloop.events.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

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
     * @param names its name in each language the district speaks (zh-CN, en), by language tag
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
        List<Entry> entries = CatalogueFile.read(RESOURCE, Document.class).categories();
        return IntStream.range(0, entries.size()).mapToObj(i -> {
            Entry e = entries.get(i);
            return new Category(e.code(), CatalogueFile.names(RESOURCE, e.code(), e.names()), e.acceptWithinHours(),
                    e.resolveWithinHours(), e.department(), e.departmentFirst(), e.reportInWithinMinutes(), i + 1);
        }).toList();
    }
}
