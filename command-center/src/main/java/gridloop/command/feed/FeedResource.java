package gridloop.command.feed;

import gridloop.support.i18n.RequestLanguage;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Locale;
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

    private final FeedQueries queries;
    private final FeedWording wording;
    private final RequestLanguage language;
    private final Duration pollInterval;

    FeedResource(FeedQueries queries, FeedWording wording, RequestLanguage language,
            @ConfigProperty(name = "gridloop.command.feed.poll-interval") Duration pollInterval) {
        this.queries = queries;
        this.wording = wording;
        this.language = language;
        this.pollInterval = pollInterval;
    }

    @GET
    @Path("/recent")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "recentFeed", summary = "The last lines of the live feed, oldest first",
            description = "What a page shows as it opens (50 lines unless limit says otherwise, at most 200); it then "
                    + "follows the stream with after= the last id.")
    public Uni<List<FeedItem>> recent(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context HttpHeaders headers) {
        Locale reader = language.of(headers);
        return queries.recent(limit).map(lines -> wording.items(lines, reader));
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "streamFeed", summary = "The live feed (server-sent events) after Last-Event-ID",
            description = "Without Last-Event-ID (or after), the stream starts with what comes next; with it, "
                    + "with every event after that number. Each SSE id is the feed number.")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("after") Long after, @Context Sse sse, @Context HttpHeaders headers) {
        Locale reader = language.of(headers);
        Long resumeFrom = parse(lastEventId);
        Uni<Long> start = resumeFrom != null ? Uni.createFrom().item(resumeFrom)
                : after != null ? Uni.createFrom().item(after) : queries.latest();
        return start.onItem().transformToMulti(from -> {
            // How far the queries have read, moved on as each query answers (not as its lines are written, which
            // is later: a next query from the old position would send those lines again); and the last number
            // sent, below which nothing is ever sent, so a stream only goes forward.
            AtomicLong cursor = new AtomicLong(from);
            AtomicLong sent = new AtomicLong(from);
            return Multi.createFrom().ticks().every(pollInterval).onOverflow().drop()
                    .onItem().transformToUniAndConcatenate(tick -> Uni.createFrom().deferred(() -> queries.after(cursor.get()))
                            .invoke(items -> items.stream().mapToLong(FeedLine::id).max().ifPresent(cursor::set)))
                    .onItem().transformToIterable(items -> items)
                    .select().where(item -> item.id() > sent.get())
                    .invoke(item -> sent.set(item.id()))
                    .map(line -> wording.item(line, reader))
                    .map(item -> sse.newEventBuilder().id(Long.toString(item.id())).name("appeal-event")
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(FeedItem.class, item).build());
        });
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
