package gridloop.dispatch.assignment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The categories' deadlines and departments. */
@ApplicationScoped
public class CategorySlaRepository implements PanacheRepositoryBase<CategorySla, String> {

    /** The category's, or null when the catalogue has no such category. */
    public Uni<CategorySla> of(String category) {
        return findById(category);
    }

    /** The category's, or OTHER's when the catalogue has no such category. */
    public Uni<CategorySla> ofOrOther(String category) {
        return of(category).chain(sla -> sla != null ? Uni.createFrom().item(sla) : of("OTHER"));
    }
}
