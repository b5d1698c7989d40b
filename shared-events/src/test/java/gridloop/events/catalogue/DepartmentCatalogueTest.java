package gridloop.events.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DepartmentCatalogueTest {

    @Test
    void everyCategorysDepartmentIsListedOnceWithANameInBothLanguages() {
        Set<String> codes = new HashSet<>();
        for (DepartmentCatalogue.Department department : DepartmentCatalogue.all()) {
            assertTrue(codes.add(department.code()), "listed twice: " + department.code());
            assertTrue(department.nameIn("zh-CN").codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), department.code());
        }
        for (CategoryCatalogue.Category category : CategoryCatalogue.all()) {
            assertTrue(codes.contains(category.department()), category.code() + " → " + category.department());
        }
    }

    @Test
    void aDepartmentIsNamedFromItsCodeInTheReadersLanguageAndAnUnlistedOneByWhatTheEventCarried() {
        assertEquals("璧山区住房和城乡建委", DepartmentCatalogue.nameIn("zh-CN", "HOUSING", "Housing"));
        assertEquals("Housing and Elevator Safety Bureau", DepartmentCatalogue.nameIn("en", "HOUSING", null));
        assertEquals("Water Board", DepartmentCatalogue.nameIn("zh-CN", "WATER", "Water Board"));
        assertEquals("WATER", DepartmentCatalogue.nameIn("zh-CN", "WATER", null));
    }
}
