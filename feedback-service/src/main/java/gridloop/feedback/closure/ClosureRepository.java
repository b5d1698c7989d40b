package gridloop.feedback.closure;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The closures, one per closure round. */
@ApplicationScoped
public class ClosureRepository implements PanacheRepositoryBase<Closure, Closure.Key> {

    public Uni<Closure> add(Closure closure) {
        return persist(closure);
    }
}
