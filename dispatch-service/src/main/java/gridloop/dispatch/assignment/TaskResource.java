package gridloop.dispatch.assignment;

import gridloop.support.i18n.RequestLanguage;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.server.Cancellable;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
// A request whose caller hangs up still runs to its end: cancelled mid-transaction, Hibernate Reactive closed the
// session under a statement in flight and the error had nowhere to go (docs/events-and-guarantees.md).
@Cancellable(false)
public class TaskResource {

    public record EscalateRequest(@NotBlank String department, @NotBlank @Size(max = 1000) String reason) {
    }

    /** Exactly one of {@code assignee} (a worker id) and {@code gridId}. */
    public record SendBackRequest(@NotNull SendBackReason reason, @Size(max = 1000) String note) {
    }

    public record CoHandleRequest(@NotBlank String lead, @NotNull @Size(min = 1, max = 5) List<@NotBlank String> assisting,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record PartRequest(@NotBlank @Size(max = 2000) String summary) {
    }

    public record RejectRequest(@NotNull RejectionReason reason, UUID duplicateOf,
            @NotBlank @Size(max = 1000) String note) {
    }

    public record RecategorizeRequest(@NotBlank @Size(max = 64) String category,
            @NotBlank @Size(max = 1000) String reason) {
    }

    /** {@code force}: give the task to a named worker who is off duty now (without it, that is a 409). */
    public record ReassignRequest(String assignee, String gridId, @NotBlank @Size(max = 1000) String reason,
            Boolean force) {
    }

    private static final String TASK_STATUSES = "ASSIGNED|ACCEPTED|ESCALATED|RESOLVED|CLOSED|WITHDRAWN|REJECTED";

    private final TaskActions actions;
    private final Reassignment reassignment;
    private final OperatorRejection rejection;
    private final CoHandling coHandling;
    private final Recategorization recategorization;
    private final Caller caller;
    private final RequestLanguage language;

    TaskResource(TaskActions actions, Reassignment reassignment, OperatorRejection rejection, CoHandling coHandling,
            Recategorization recategorization, Caller caller, RequestLanguage language) {
        this.language = language;
        this.actions = actions;
        this.reassignment = reassignment;
        this.rejection = rejection;
        this.coHandling = coHandling;
        this.recategorization = recategorization;
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
            @QueryParam("status") @Pattern(regexp = TASK_STATUSES, message = "{gridloop.validation.oneOf}") String status,
            @QueryParam("overdue") @Pattern(regexp = "true|false", message = "{gridloop.validation.trueOrFalse}") String overdue,
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
            + "escalated to, or an operator; anyone else gets 404. Each step of its timeline says what happened in "
            + "the caller's language (text) and by a code (phrase).")
    public Uni<TaskView> one(@PathParam("appealId") UUID appealId, @Context HttpHeaders headers) {
        return actions.find(appealId, TaskAccess.of(caller), language.of(headers));
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
    @Path("/{appealId}/co-handle")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GRID_WORKER, Roles.OPERATOR})
    @Operation(operationId = "coHandleTask", summary = "Co-handling (协办): a lead department and assisting ones",
            description = "An operator, or the worker who has the task (anyone else gets 404), while it is open and not "
            + "resolved (409 otherwise). The lead becomes the task's department (it reports in, may send back, and its "
            + "closure report is the appeal's); each assisting department (1 to 5, none twice, not the lead) gets its own "
            + "report-in clock, sees the task, reports in and reports its part. Publishes gridloop.appeal.escalated.v1 "
            + "(the lead) and gridloop.appeal.co-handled.v1.")
    public Uni<TaskView> coHandle(@PathParam("appealId") UUID appealId,
            @RequestBody(description = "The lead, the assisting departments and why", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example", value = """
                            {"lead": "HOUSING", "assisting": ["PUBLIC_SECURITY"],
                             "reason": "Loose facade panels: housing repairs, the police cordon the pavement"}""")))
            @NotNull @Valid CoHandleRequest request) {
        return coHandling.coHandle(appealId, request.lead(), request.assisting(), request.reason(), TaskAccess.of(caller));
    }

    @POST
    @Path("/{appealId}/part")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(operationId = "reportTaskPart", summary = "An assisting department reports its part",
            description = "Only staff of a department assisting in the co-handling (others get 404; the lead reports "
            + "the closure instead: 409), once (409 after), while the task is escalated. Publishes "
            + "gridloop.appeal.part-reported.v1.")
    public Uni<TaskView> reportPart(@PathParam("appealId") UUID appealId,
            @RequestBody(description = "What the department did", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = """
                            {"summary": "Cordoned off the pavement until the panels were fixed"}""")))
            @NotNull @Valid PartRequest request) {
        return coHandling.reportPart(appealId, request.summary(), TaskAccess.of(caller));
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
            + "assignee (a worker id) and gridId; with gridId, that grid's worker is picked as for a new appeal. A named "
            + "worker who is off duty now is a 409 (assignee-off-duty, with their next shift start) unless force is "
            + "true; the event then says assigneeOffDuty. Publishes gridloop.appeal.reassigned.v1.")
    public Uni<TaskView> reassign(@PathParam("appealId") UUID appealId,
            @RequestBody(description = "Where the task goes and why", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = """
                            {"gridId": "hualong-g2", "reason": "The address is in the next grid"}""")))
            @NotNull @Valid ReassignRequest request) {
        return reassignment.reassign(appealId, request.assignee(), request.gridId(), request.reason(),
                Boolean.TRUE.equals(request.force()), caller.actor());
    }

    @POST
    @Path("/{appealId}/recategorize")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "recategorizeTask", summary = "An operator corrects the category; the assignment runs again",
            description = "For a task with the grid or in the OPERATORS queue (ASSIGNED or ACCEPTED; a department "
            + "sends it back first: 409). A \"department first\" category escalates it to its department; otherwise a "
            + "task waiting for the operators goes to the on-duty worker of its grid, and one a worker has stays with "
            + "that worker. The deadlines stay. Unknown category: 422; the same category: 409. Publishes "
            + "gridloop.appeal.recategorized.v1, then gridloop.appeal.escalated.v1 or gridloop.appeal.reassigned.v1.")
    public Uni<TaskView> recategorize(@PathParam("appealId") UUID appealId,
            @RequestBody(description = "The right category and why", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = """
                            {"category": "ROAD_DAMAGE", "reason": "Sent back by housing: a pothole, not a building"}""")))
            @NotNull @Valid RecategorizeRequest request) {
        return recategorization.recategorize(appealId, request.category(), request.reason(), caller.actor());
    }
}
