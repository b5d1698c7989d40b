package gridloop.registry.organisation;

import gridloop.support.persistence.LikePatterns;
import gridloop.registry.imports.JsonLists;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads organisations (never their contact: that is read with a purpose, through ContactReadStatements). */
@ApplicationScoped
public class OrganisationQueries {

    /** An organisation as answered; {@code hasContact} says whether there is one to ask for. */
    public record Organisation(UUID id, String code, String type, String name, UUID parentId, int members,
            List<String> buildingIds, List<String> unitIds, boolean hasContact, long version, Instant updatedAt) {
    }

    private final Pool pool;

    OrganisationQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Organisation>> list(String type, String words, int page, int size) {
        return pool.preparedQuery("""
                        select * from organisation
                        where ($1::text is null or type = $1) and ($2::text is null or name ilike $2 or code = $3)
                        order by type, code limit $4 offset $5
                        """)
                .execute(Tuple.tuple().addValue(type).addValue(words == null ? null : LikePatterns.contains(words.strip()))
                        .addValue(words == null ? null : words.strip()).addInteger(size).addInteger(page * size))
                .map(rows -> {
                    List<Organisation> items = new ArrayList<>();
                    rows.forEach(row -> items.add(organisation(row)));
                    return items;
                });
    }

    public Uni<Optional<Organisation>> one(UUID id) {
        return pool.preparedQuery("select * from organisation where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(organisation(rows.iterator().next())));
    }

    private static Organisation organisation(Row row) {
        return new Organisation(row.getUUID("id"), row.getString("code"), row.getString("type"), row.getString("name"),
                row.getUUID("parent_id"), row.getInteger("members"), JsonLists.read(row.getString("building_ids")),
                JsonLists.read(row.getString("unit_ids")), row.getString("contact_name") != null,
                row.getLong("version"), row.getOffsetDateTime("updated_at").toInstant());
    }
}
