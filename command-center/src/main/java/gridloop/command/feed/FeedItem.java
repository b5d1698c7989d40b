package gridloop.command.feed;

import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;

/**
 * One feed entry, as the {@code data} of an SSE event (JSON): which appeal it is about ({@code appealId}, and its
 * {@code reference} and {@code category} as the command centre knows them when the line is read), what happened.
 */
public record FeedItem(long id, String appealId, String reference, String category, String type,
        OffsetDateTime occurredAt, String text) {

    static FeedItem of(Row row) {
        return new FeedItem(row.getLong("id"), row.getUUID("appeal_id") == null ? null
                : row.getUUID("appeal_id").toString(), row.getString("reference"), row.getString("category"),
                row.getString("ce_type"), row.getOffsetDateTime("occurred_at"), row.getString("text"));
    }
}
