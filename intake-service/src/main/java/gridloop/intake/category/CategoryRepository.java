package gridloop.intake.category;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {

    /**
     * The category codes, read once: they change only with a migration, i.e. a new deployment. A code not among
     * them is looked up again, so a submission is never refused by a stale copy.
     */
    private volatile Set<String> knownCodes;

    /** Whether {@code code} is a category; must run in a reactive session (a transaction's is fine). */
    public Uni<Boolean> exists(String code) {
        Set<String> known = knownCodes;
        if (known != null && known.contains(code)) {
            return Uni.createFrom().item(true);
        }
        return listAll().map(all -> {
            Set<String> codes = all.stream().map(category -> category.code).collect(Collectors.toUnmodifiableSet());
            knownCodes = codes;
            return codes.contains(code);
        });
    }

    public Uni<List<Category>> listInOrder() {
        return listAll(Sort.by("sortOrder"));
    }
}
