package gridloop.registry.household;

import gridloop.registry.household.HouseholdViews.ContactRead;
import gridloop.registry.household.HouseholdViews.Household;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads households (never their contact: that is {@link ContactReadStatements}' alone) and the access log. */
@ApplicationScoped
public class HouseholdQueries {

    private static final String HOUSEHOLD = """
            select h.*, b.grid_id, exists (select 1 from household_contact c where c.household_id = h.id) as has_contact
            from household h join building b on b.id = h.building_id
            """;

    private final Pool pool;

    HouseholdQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Set<UUID>> all() {
        return pool.query("select id from household").execute().map(rows -> {
            Set<UUID> ids = new HashSet<>();
            rows.forEach(row -> ids.add(row.getUUID("id")));
            return ids;
        });
    }

    public Uni<Optional<Household>> one(UUID id) {
        return pool.preparedQuery(HOUSEHOLD + " where h.id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(household(rows.iterator().next())));
    }

    public Uni<List<Household>> ofBuilding(String buildingId) {
        return pool.preparedQuery(HOUSEHOLD + " where h.building_id = $1 order by h.entrance, h.room")
                .execute(Tuple.of(buildingId)).map(rows -> {
                    List<Household> items = new ArrayList<>();
                    rows.forEach(row -> items.add(household(row)));
                    return items;
                });
    }

    /** The access log, newest first, narrowed by record, reader and time when given. */
    public Uni<List<ContactRead>> reads(String recordId, String reader, Instant from, Instant to, int page, int size) {
        return pool.preparedQuery("""
                        select * from contact_read
                        where ($1::text is null or record_id = $1) and ($2::text is null or reader = $2)
                          and ($3::timestamptz is null or read_at >= $3) and ($4::timestamptz is null or read_at < $4)
                        order by read_at desc, id desc limit $5 offset $6
                        """)
                .execute(Tuple.tuple().addValue(recordId).addValue(reader)
                        .addValue(from == null ? null : from.atOffset(ZoneOffset.UTC))
                        .addValue(to == null ? null : to.atOffset(ZoneOffset.UTC)).addInteger(size)
                        .addInteger(page * size))
                .map(rows -> {
                    List<ContactRead> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new ContactRead(row.getLong("id"), row.getOffsetDateTime("read_at").toInstant(),
                                row.getString("reader"), row.getString("reader_role"), row.getString("record_kind"),
                                row.getString("record_id"), row.getString("building_id"), row.getString("purpose")));
                    }
                    return items;
                });
    }

    private static Household household(Row row) {
        return new Household(row.getUUID("id"), row.getString("building_id"), row.getString("grid_id"),
                row.getInteger("entrance"), row.getString("room"), row.getString("occupancy"),
                row.getInteger("residents"), row.getBoolean("elderly_living_alone"), row.getBoolean("disabled"),
                row.getBoolean("left_behind_children"), row.getBoolean("low_income"), row.getBoolean("has_contact"),
                row.getLong("version"), row.getOffsetDateTime("updated_at").toInstant());
    }
}
