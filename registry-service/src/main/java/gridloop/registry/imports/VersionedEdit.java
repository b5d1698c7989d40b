package gridloop.registry.imports;

import gridloop.support.problem.ApiException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * An edit of one record, the same for every kind: in one transaction, lock the record, check {@code If-Match}
 * against its version ({@link Versions}: 412, 428), write it, and publish it when something changed.
 */
@ApplicationScoped
public class VersionedEdit {

    private final VersionStatements versions;

    VersionedEdit(VersionStatements versions) {
        this.versions = versions;
    }

    /** @param write answers 1 when it changed the record, 0 when the record already was so */
    public Uni<Void> apply(String table, Object id, String ifMatch, Supplier<Uni<Integer>> write,
            Supplier<Uni<Void>> publish) {
        return Panache.withTransaction(() -> versions.lock(table, id).chain(version -> {
            Versions.check(ifMatch, version.orElseThrow(() -> ApiException.notFound(id)));
            return write.get().chain(changed -> changed == 0 ? Uni.createFrom().voidItem() : publish.get());
        }));
    }
}
