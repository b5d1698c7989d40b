package gridloop.command.feed;

import gridloop.support.security.Roles;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The live feed as server-sent events: every event the command centre applied, in order, each with its feed
 * number as the SSE {@code id}. A client that reconnects sends {@code Last-Event-ID} (EventSource does) and gets
 * what came after it, none missed and none twice.
 */
@Path("/api/v1/feed")
public class FeedResource {

    private static final int BATCH = 200;

    private final Pool pool;
    private final Duration pollInterval;

    FeedResource(Pool pool, @ConfigProperty(name = "gridloop.command.feed.poll-interval") Duration pollInterval) {
        this.pool = pool;
        this.pollInterval = pollInterval;
    }

    /**
     * One feed entry, as the {@code data} of an SSE event (JSON): which appeal it is about ({@code appealId}, and its
     * {@code reference} and {@code category} as the command centre knows them when the line is read), what happened.
     */
    public record FeedItem(long id, String appealId, String reference, String category, String type,
            OffsetDateTime occurredAt, String text) {

        /** The columns {@link #of(Row)} reads: feed_event f, left-joined to appeal_marker m. */
        public static final String COLUMNS = "f.id, f.appeal_id, m.reference, m.category, f.ce_type, f.occurred_at, f.text "
                + "from feed_event f left join appeal_marker m on m.appeal_id = f.appeal_id";

        public static FeedItem of(Row row) {
            return new FeedItem(row.getLong("id"), row.getUUID("appeal_id") == null ? null
                    : row.getUUID("appeal_id").toString(), row.getString("reference"), row.getString("category"),
                    row.getString("ce_type"), row.getOffsetDateTime("occurred_at"), row.getString("text"));
        }
    }

    @GET
    @Path("/recent")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "recentFeed", summary = "The last lines of the live feed, oldest first",
            description = "What a page shows as it opens (50 lines unless limit says otherwise, at most 200); it then "
                    + "follows the stream with after= the last id.")
    public Uni<List<FeedItem>> recent(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return pool.preparedQuery("select * from (select " + FeedItem.COLUMNS + " order by f.id desc limit $1) last "
                        + "order by id")
                .execute(Tuple.of(limit)).map(FeedResource::items);
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "streamFeed", summary = "The live feed (server-sent events) after Last-Event-ID",
            description = "Without Last-Event-ID (or after), the stream starts with what comes next; with it, "
                    + "with every event after that number. Each SSE id is the feed number.")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("after") Long after, @Context Sse sse) {
        Long resumeFrom = parse(lastEventId);
        Uni<Long> start = resumeFrom != null ? Uni.createFrom().item(resumeFrom)
                : after != null ? Uni.createFrom().item(after) : latest();
        return start.onItem().transformToMulti(from -> {
            // How far the queries have read, moved on as each query answers (not as its lines are written, which
            // is later: a next query from the old position would send those lines again); and the last number
            // sent, below which nothing is ever sent, so a stream only goes forward.
            AtomicLong cursor = new AtomicLong(from);
            AtomicLong sent = new AtomicLong(from);
            return Multi.createFrom().ticks().every(pollInterval).onOverflow().drop()
                    .onItem().transformToUniAndConcatenate(tick -> Uni.createFrom().deferred(() -> after(cursor.get()))
                            .invoke(items -> items.stream().mapToLong(FeedItem::id).max().ifPresent(cursor::set)))
                    .onItem().transformToIterable(items -> items)
                    .select().where(item -> item.id() > sent.get())
                    .invoke(item -> sent.set(item.id()))
                    .map(item -> sse.newEventBuilder().id(Long.toString(item.id())).name("appeal-event")
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(FeedItem.class, item).build());
        });
    }

    /** The feed entries after {@code id}, oldest first (at most one batch). */
    public Uni<List<FeedItem>> after(long id) {
        return pool.preparedQuery("select " + FeedItem.COLUMNS + " where f.id > $1 order by f.id limit " + BATCH)
                .execute(Tuple.of(id)).map(FeedResource::items);
    }

    public static List<FeedItem> items(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<FeedItem> items = new ArrayList<>();
        rows.forEach(row -> items.add(FeedItem.of(row)));
        return items;
    }

    private Uni<Long> latest() {
        return pool.query("select last_id from feed_counter where id = 1").execute()
                .map(rows -> rows.iterator().next().getLong("last_id"));
    }

    private static Long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
