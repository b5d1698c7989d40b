package gridloop.intake.category;

/** A category as the apps show it. */
public record CategoryView(String code, String name, int acceptWithinHours, int resolveWithinHours,
        String escalationDepartment) {

    static CategoryView of(Category category) {
        return new CategoryView(category.code, category.name, category.acceptWithinHours,
                category.resolveWithinHours, category.escalationDepartment);
    }
}
