package gridloop.events.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract's catalogue reads whole, and each category can be served. */
class CategoryCatalogueTest {

    @Test
    void everyCategoryHasItsDeadlinesAndDepartmentAndTheCodesAreUnique() {
        List<CategoryCatalogue.Category> all = CategoryCatalogue.all();
        assertEquals(8, all.size());
        Set<String> codes = new HashSet<>();
        for (CategoryCatalogue.Category category : all) {
            assertTrue(codes.add(category.code()), "unique: " + category.code());
            assertTrue(category.code().matches("[A-Z_]{1,40}"), category.code());
            assertTrue(category.acceptWithinHours() > 0 && category.acceptWithinHours() < category.resolveWithinHours(),
                    category.code() + ": accepted before it is resolved");
            assertTrue(category.reportInWithinMinutes() > 0, category.code());
            assertTrue(category.department() != null && !category.department().isBlank(), category.code());
            assertTrue(category.name() != null && !category.name().isBlank(), category.code());
            assertTrue(category.nameZh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), category.code() + " has a Chinese name: " + category.nameZh());
            assertTrue(category.name().chars().allMatch(c -> c < 128), category.code() + " in English: " + category.name());
        }
        assertTrue(CategoryCatalogue.of(CategoryCatalogue.FALLBACK).isPresent(), "the fallback category exists");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), all.stream().map(CategoryCatalogue.Category::sortOrder).toList());
    }

    @Test
    void aFireHazardGoesToFireSafetyAtOnce() {
        CategoryCatalogue.Category fire = CategoryCatalogue.of("FIRE_HAZARD").orElseThrow();
        assertEquals(1, fire.acceptWithinHours());
        assertEquals("FIRE_SAFETY", fire.department());
        assertTrue(fire.departmentFirst());
        assertEquals("消防隐患", fire.nameZh());
        assertEquals("Fire hazard", fire.name());
    }
}
