package gridloop.dispatch.assignment;

import gridloop.support.problem.PageWindow;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    public record EscalateRequest(@NotBlank String department, @NotBlank @Size(max = 1000) String reason) {
    }

    /** Exactly one of {@code assignee} (a worker id) and {@code gridId}. */
    public record SendBackRequest(@NotNull SendBackReason reason, @Size(max = 1000) String note) {
    }

    public record RejectRequest(@NotNull RejectionReason reason, UUID duplicateOf,
            @NotBlank @Size(max = 1000) String note) {
    }

    public record ReassignRequest(String assignee, String gridId, @NotBlank @Size(max = 1000) String reason) {
    }

    private static final String TASK_STATUSES = "ASSIGNED|ACCEPTED|ESCALATED|RESOLVED|CLOSED|WITHDRAWN|REJECTED";

    private final TaskActions actions;
    private final Reassignment reassignment;
    private final OperatorRejection rejection;
    private final Caller caller;

    TaskResource(TaskActions actions, Reassignment reassignment, OperatorRejection rejection, Caller caller) {
        this.actions = actions;
        this.reassignment = reassignment;
        this.rejection = rejection;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.OPERATOR})
    @Operation(operationId = "listTasks", summary = "A worker's or a department's queue, newest first", description =
            "A worker sees its own queue and department staff their department's (the filter comes from the token; "
            + "asking for another is 403); operators any. overdue=true: past accept-by while ASSIGNED, or past "
            + "resolve-by while ASSIGNED, ACCEPTED or ESCALATED; overdue=false: the others")
    public Uni<TaskPage> list(@QueryParam("assignee") String assignee, @QueryParam("department") String department,
            // Taken as validated strings: a bad enum would be a 404 by JAX-RS rules, a bad Boolean a silent false.
            @QueryParam("status") @Pattern(regexp = TASK_STATUSES, message = "one of " + TASK_STATUSES) String status,
            @QueryParam("overdue") @Pattern(regexp = "true|false", message = "true or false") String overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        PageWindow.check(page, size);
        return actions.search(TaskAccess.of(caller).scope(new TaskQuery(assignee, department,
                status == null ? null : TaskStatus.valueOf(status), overdue == null ? null : Boolean.valueOf(overdue),
                page, size)));
    }

    @GET
    @Path("/{appealId}")
    @RolesAllowed({Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.OPERATOR})
    @Operation(operationId = "getTask", summary = "One task", description = "Its assignee, the department it was "
            + "escalated to, or an operator; anyone else gets 404.")
    public Uni<TaskView> one(@PathParam("appealId") UUID appealId) {
        return actions.find(appealId, TaskAccess.of(caller));
    }

    @POST
    @Path("/{appealId}/accept")
    @RolesAllowed({Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.OPERATOR})
    @Operation(operationId = "acceptTask", summary = "The worker is on site", description = "Its assignee, the "
            + "department it was escalated to, or an operator; anyone else gets 404.")
    public Uni<TaskView> accept(@PathParam("appealId") UUID appealId) {
        return actions.accept(appealId, TaskAccess.of(caller));
    }

    @POST
    @Path("/{appealId}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.OPERATOR})
    @Operation(operationId = "escalateTask", summary = "Whistle-blowing: pass the appeal to a city department",
            description = "Allowed while the task is assigned or accepted, to its assignee, the department it was "
            + "escalated to, or an operator (anyone else gets 404); department is a code of GET /api/v1/departments. "
            + "Publishes gridloop.appeal.escalated.v1 (automatic: false).")
    public Uni<TaskView> escalate(@PathParam("appealId") UUID appealId,
            @RequestBody(description = "The department and why", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = """
                            {"department": "HOUSING", "reason": "Structural damage: needs the housing office"}""")))
            @NotNull @Valid EscalateRequest request) {
        return actions.escalate(appealId, request.department(), request.reason(), TaskAccess.of(caller));
    }

    @POST
    @Path("/{appealId}/report-in")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "reportInTask", summary = "The department answers the whistle: it reports in",
            description = "Only staff of the department the task is escalated to (anyone else's department gets 404), "
            + "once per escalation (409 after), within the category's report-in window (2 hours by default; a miss "
            + "is announced once as gridloop.appeal.report-in-overdue.v1, and a late report-in is still taken). "
            + "Publishes gridloop.appeal.reported-in.v1; the resident's timeline shows it.")
    public Uni<TaskView> reportIn(@PathParam("appealId") UUID appealId) {
        return actions.reportIn(appealId, TaskAccess.of(caller));
    }

    @POST
    @Path("/{appealId}/send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "sendBackTask", summary = "The department answers \"not ours\" (退回)",
            description = "Only staff of the department the task is escalated to (anyone else's department gets 404), "
            + "while it is escalated (409 once resolved or closed). The task leaves the department and waits in the "
            + "OPERATORS queue; an operator routes it again (escalate to another department, or reassign to a grid). "
            + "A second send-back of the same appeal marks it disputed. Publishes gridloop.appeal.sent-back.v1.")
    public Uni<TaskView> sendBack(@PathParam("appealId") UUID appealId,
            @RequestBody(description = "Why, from the list, and the department's own words", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example", value = """
                            {"reason": "NOT_OUR_JURISDICTION", "note": "The wall belongs to the school, not to housing"}""")))
            @NotNull @Valid SendBackRequest request) {
        return actions.sendBack(appealId, request.reason(), request.note(), TaskAccess.of(caller));
    }

    @POST
    @Path("/{appealId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "rejectTask", summary = "An operator rejects the appeal",
            description = "reason DUPLICATE (with duplicateOf, the original appeal's id: open, and not itself merged; "
            + "not the appeal itself: 409), ABUSIVE, NOT_GOVERNMENT or OUTSIDE_DISTRICT, and a note the resident sees. "
            + "Only while the task is open and not resolved (409 otherwise). The task ends REJECTED and the worker's "
            + "load is freed. Publishes gridloop.appeal.rejected.v1 (detail: the note, for a duplicate after the "
            + "original's reference).")
    public Uni<TaskView> reject(@PathParam("appealId") UUID appealId,
            @RequestBody(description = "Why, and what the resident is told", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example", value = """
                            {"reason": "DUPLICATE", "duplicateOf": "0b6c1d1e-8a34-4b0e-9d7e-2f6a0d7c9e21",
                             "note": "Already reported by a neighbour; follow it there"}""")))
            @NotNull @Valid RejectRequest request) {
        return rejection.reject(appealId, request.reason(), request.duplicateOf(), request.note(), caller.actor());
    }

    @POST
    @Path("/{appealId}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "reassignTask", summary = "An operator moves the task to another worker or grid", description = "Exactly one of "
            + "assignee (a worker id) and gridId; with gridId, that grid's worker is picked as for a new appeal. "
            + "Publishes gridloop.appeal.reassigned.v1.")
    public Uni<TaskView> reassign(@PathParam("appealId") UUID appealId,
            @RequestBody(description = "Where the task goes and why", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = """
                            {"gridId": "hualong-g2", "reason": "The address is in the next grid"}""")))
            @NotNull @Valid ReassignRequest request) {
        return reassignment.reassign(appealId, request.assignee(), request.gridId(), request.reason(), caller.actor());
    }
}
