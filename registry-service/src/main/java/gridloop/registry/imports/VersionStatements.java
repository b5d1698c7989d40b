package gridloop.registry.imports;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/** Locks a record for an edit and answers its version ({@link Versions}), in the caller's transaction. */
@ApplicationScoped
public class VersionStatements {

    private static final Set<String> TABLES = Set.of("building", "household", "organisation", "facility");

    /** The record's version, locked until the transaction ends; empty for an unknown record. */
    public Uni<Optional<Long>> lock(String table, Object id) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select version from " + table + " where id = :id for update", Long.class)
                .setParameter("id", id).getResultList()).map(rows -> rows.stream().findFirst());
    }
}
