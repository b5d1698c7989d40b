package gridloop.command.feed;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import gridloop.events.wording.EventWording;
import gridloop.events.wording.EventWording.Wording;
import gridloop.events.wording.Phrase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** How the feed is read: its lines, each with its appeal's reference and category (left-joined, read as it is now). */
@ApplicationScoped
public class FeedQueries {

    /** At most this many lines per read of the stream. */
    static final int BATCH = 200;

    private static final String LINES = "select f.id, f.appeal_id, m.reference, m.category, f.ce_type, f.occurred_at, "
            + "f.phrase, f.params, f.facility_id from feed_event f left join appeal_marker m on m.appeal_id = f.appeal_id";

    private final Pool pool;

    FeedQueries(Pool pool) {
        this.pool = pool;
    }

    /** The lines after {@code id}, oldest first (at most one batch). */
    public Uni<List<FeedLine>> after(long id) {
        return pool.preparedQuery(LINES + " where f.id > $1 order by f.id limit " + BATCH)
                .execute(Tuple.of(id)).map(FeedQueries::items);
    }

    /** The last {@code limit} lines, oldest first. */
    public Uni<List<FeedLine>> recent(int limit) {
        return pool.preparedQuery("select * from (" + LINES + " order by f.id desc limit $1) last order by id")
                .execute(Tuple.of(limit)).map(FeedQueries::items);
    }

    /** One appeal's lines in the order they happened: its timeline. */
    public Uni<List<FeedLine>> ofAppeal(UUID appealId) {
        return pool.preparedQuery(LINES + " where f.appeal_id = $1 order by f.occurred_at, f.id")
                .execute(Tuple.of(appealId)).map(FeedQueries::items);
    }

    /** The number of the last line written. */
    public Uni<Long> latest() {
        return pool.query("select last_id from feed_counter where id = 1").execute()
                .map(rows -> rows.iterator().next().getLong("last_id"));
    }

    private static List<FeedLine> items(RowSet<Row> rows) {
        List<FeedLine> items = new ArrayList<>();
        rows.forEach(row -> items.add(item(row)));
        return items;
    }

    private static FeedLine item(Row row) {
        return new FeedLine(row.getLong("id"), row.getUUID("appeal_id") == null ? null
                : row.getUUID("appeal_id").toString(), row.getString("reference"), row.getString("category"),
                row.getString("ce_type"), row.getOffsetDateTime("occurred_at"),
                new Wording(Phrase.valueOf(row.getString("phrase")), EventWording.paramsFromJson(row.getString("params"))),
                row.getUUID("facility_id") == null ? null : row.getUUID("facility_id").toString());
    }
}
