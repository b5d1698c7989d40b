package gridloop.dispatch.roster;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The departments that take escalated appeals. */
@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, String> {

    /** The department, or null. */
    public Uni<Department> of(String code) {
        return findById(code);
    }

    /** The department's name for an event, or its code if the roster no longer has it. */
    public Uni<String> nameOf(String code) {
        return of(code).map(department -> department == null ? code : department.name);
    }

    /** Those of these codes the roster has. */
    public Uni<List<Department>> withCodes(java.util.Collection<String> codes) {
        return list("code in ?1", codes);
    }

    /** All of them, by code. */
    public Uni<List<Department>> inOrder() {
        return listAll(Sort.by("code"));
    }
}
