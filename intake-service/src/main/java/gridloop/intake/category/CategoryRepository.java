package gridloop.intake.category;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {

    public Uni<List<Category>> listInOrder() {
        return listAll(Sort.by("sortOrder"));
    }
}
