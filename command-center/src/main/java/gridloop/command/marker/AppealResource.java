package gridloop.command.marker;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.command.action.DispatchActions;
import gridloop.command.feed.FeedItem;
import gridloop.command.feed.FeedQueries;
import gridloop.command.feed.FeedWording;
import gridloop.support.i18n.DistrictWords;
import gridloop.support.i18n.Languages;
import gridloop.support.i18n.RequestLanguage;
import gridloop.support.problem.ApiException;
import gridloop.support.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * One appeal as the command centre knows it, with its events in order: what a click on a marker shows; and the
 * operator's actions on it, which dispatch does ({@link DispatchActions}).
 */
@Path("/api/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

    private final AppealMarkerRepository markers;
    private final FeedQueries feed;
    private final FeedWording wording;
    private final DistrictWords words;
    private final RequestLanguage language;
    private final DispatchActions actions;

    AppealResource(AppealMarkerRepository markers, FeedQueries feed, FeedWording wording, DistrictWords words,
            RequestLanguage language, DispatchActions actions) {
        this.markers = markers;
        this.feed = feed;
        this.wording = wording;
        this.words = words;
        this.language = language;
        this.actions = actions;
    }

    /** {@code names}: the appeal's category, grid and department named in the reader's language. */
    public record AppealDetails(AppealMarker appeal, boolean overdue, List<FeedItem> timeline, Names names) {
    }

    public record Names(String category, String grid, String department) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.OPERATOR)
    @WithSession
    @Operation(operationId = "appealDetails", summary = "An appeal's details and timeline, as the command centre has them")
    public Uni<AppealDetails> details(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Locale reader = language.of(headers);
        return markers.find(id).chain(marker -> {
            if (marker == null) {
                throw ApiException.notFound(id);
            }
            Names names = new Names(words.category(marker.category, reader),
                    Languages.nameIn(reader, marker.gridName, marker.gridNameZh),
                    marker.department == null ? null : words.department(marker.department, marker.departmentName, reader));
            return feed.ofAppeal(id).map(lines -> new AppealDetails(marker, marker.overdue(),
                    wording.items(lines, reader), names));
        });
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @WithSession
    @Operation(operationId = "findAppealsByReference", summary = "The appeals with this reference (any case)",
            description = "What the operator types when a resident or the hotline reads a reference out: an empty "
                    + "list when the command centre knows none by it (yet), else the appeal as the map shows it, "
                    + "open or not.")
    public Uni<List<AppealMarker>> byReference(@QueryParam("reference") @NotBlank @Size(max = 40) String reference) {
        return markers.byReference(reference);
    }

    @POST
    @Path("/{id}/reassign")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reassignFromCommandCentre", summary = "Reassign the appeal's task, as the operator",
            description = "Sent to dispatch's POST /api/v1/tasks/{id}/reassign (assignee or gridId, and a reason) "
                    + "with the operator's own token; dispatch's answer, a refusal included, comes back as it is.")
    @APIResponse(responseCode = "200", description = "Dispatch's answer: the task as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "503", description = "Dispatch did not answer: nothing was done",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> reassign(@PathParam("id") UUID id, @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(
                    name = "to another worker", value = "{\"assignee\": \"w-hualong-g2-1\", \"reason\": \"Closer to the site\"}")))
            JsonNode request) {
        return actions.reassign(id, request);
    }

    @POST
    @Path("/{id}/escalate")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "escalateFromCommandCentre", summary = "Escalate the appeal's task to a department",
            description = "Sent to dispatch's POST /api/v1/tasks/{id}/escalate (department and a reason) with the "
                    + "operator's own token; dispatch's answer, a refusal included, comes back as it is.")
    @APIResponse(responseCode = "200", description = "Dispatch's answer: the task as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "503", description = "Dispatch did not answer: nothing was done",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> escalate(@PathParam("id") UUID id, @RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(
                    name = "to a department", value = "{\"department\": \"HOUSING\", \"reason\": \"A leak behind the wall\"}")))
            JsonNode request) {
        return actions.escalate(id, request);
    }
}
