package gridloop.intake.category;

import gridloop.support.i18n.Languages;
import java.util.Locale;

/** A category as the apps show it, named in the reader's language. */
public record CategoryView(String code, String name, int acceptWithinHours, int resolveWithinHours,
        String escalationDepartment) {

    static CategoryView of(Category category, Locale language) {
        return new CategoryView(category.code, Languages.nameIn(language, category.name, category.nameZh),
                category.acceptWithinHours, category.resolveWithinHours, category.escalationDepartment);
    }
}
