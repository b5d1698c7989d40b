package gridloop.intake.notification;

import gridloop.support.i18n.RequestLanguage;
import gridloop.support.problem.PageWindow;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The resident's own notifications: every step of their appeals and of those they follow. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
@Cancellable(false)
public class NotificationResource {

    private final NotificationService notifications;
    private final Caller caller;
    private final RequestLanguage language;

    NotificationResource(NotificationService notifications, Caller caller, RequestLanguage language) {
        this.notifications = notifications;
        this.caller = caller;
        this.language = language;
    }

    @GET
    @Operation(operationId = "myNotifications", summary = "My notifications, newest first, and how many are unread",
            description = "Received, assigned (naming the grid), passed to a department, reported fixed (please "
                    + "rate), reopened, rejected or merged (with the reason), closed: for the appeals the caller "
                    + "reported and those they follow. The text is in the reader's language.")
    public Uni<Inbox> inbox(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size, @Context HttpHeaders headers) {
        PageWindow.check(page, size);
        return notifications.inbox(caller.subject(), unreadOnly, page, size, language.of(headers));
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read",
            description = "Another's, or an unknown one, is 404. Marking it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Marked read")
    public Uni<Void> markRead(@PathParam("id") UUID id) {
        return notifications.markRead(id, caller.subject());
    }

    @POST
    @Path("/read")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read")
    public Uni<Map<String, Integer>> markAllRead() {
        return notifications.markAllRead(caller.subject()).map(marked -> Map.of("marked", marked));
    }

    @GET
    @Path("/preferences")
    @Operation(operationId = "myNotificationPreferences", summary = "Which channels tell me besides the inbox",
            description = "E-mail and SMS, both on unless turned off; SMS keeps quiet hours (22:00-08:00 district "
                    + "time: held until 08:00, never dropped).")
    public Uni<Preferences> preferences() {
        return notifications.preferences(caller.subject());
    }

    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMyNotificationPreferences", summary = "Turn e-mail or SMS on or off")
    public Uni<Preferences> setPreferences(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "no e-mail", value = "{\"email\": false, \"sms\": true}")))
            @NotNull @Valid Preferences wanted) {
        return notifications.savePreferences(caller.subject(), wanted);
    }
}
