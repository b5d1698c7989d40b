package gridloop.intake.appeal;

import gridloop.events.lifecycle.AppealStatus;
import gridloop.intake.photo.AppealReader;
import org.jboss.resteasy.reactive.server.Cancellable;
import gridloop.support.problem.PageWindow;
import gridloop.support.i18n.RequestLanguage;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import gridloop.support.ratelimit.RateLimitResponsesFilter;
import gridloop.support.ratelimit.RateLimited;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import gridloop.support.idempotency.IdempotencyGuard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
// A request whose caller hangs up still runs to its end: cancelled mid-transaction, Hibernate Reactive closed the
// session under a statement in flight and the error had nowhere to go (docs/events-and-guarantees.md).
@Cancellable(false)
public class AppealResource {

    private final AppealService service;
    private final Caller caller;
    private final RequestLanguage language;

    AppealResource(AppealService service, Caller caller, RequestLanguage language) {
        this.service = service;
        this.caller = caller;
        this.language = language;
    }

    @RateLimited("submit")
    @Extension(name = RateLimitResponsesFilter.EXTENSION, value = "submit")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE})
    @Operation(operationId = "submitAppeal", summary = "Submit an appeal", description = "The appeal and its gridloop.appeal.submitted.v1 event "
            + "are stored in one transaction; the answer is 202 with the id, the reference for the resident and a "
            + "Location header. Dispatch assigns it within moments; follow it at GET /api/v1/appeals/{id}. With an "
            + "Idempotency-Key, a retry of the same body returns the first answer and creates nothing.")
    @APIResponse(responseCode = "202", description = "Accepted: the appeal and its event are stored; dispatch assigns it "
            + "within moments", headers = @Header(name = "Location", description = "The appeal: GET it to follow it",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmittedAppeal.class)))
    public Uni<Response> submit(@RequestBody(description = "What the resident reports. reporter is optional and never leaves intake: "
                    + "with an e-mail address or a phone, the resident is told of each step there (GET "
                    + "/api/v1/notifications has them all), in the language of this request.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = """
                            {"category": "FACILITY_DAMAGE", "description": "The outdoor table-tennis table is broken",
                             "location": {"latitude": 29.597, "longitude": 106.223, "address": "Hualong Community"},
                             "photos": ["3f1d2c4e-7a8b-4c9d-8e0f-1a2b3c4d5e6f"],
                             "reporter": {"name": "Wang Fang", "phone": "13812345678", "email": "wang.fang@example.cn"},
                             "channel": "APP"}""")))
            @NotNull @Valid SubmitAppealRequest request,
            @HeaderParam(IdempotencyGuard.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        if (request.namesAStaffChannel() && !caller.is(Roles.HOTLINE)) {
            throw new ForbiddenException("Only hotline staff record " + request.channel() + " appeals");
        }
        return service.submit(request, Reporter.of(caller), idempotencyKey, language.of(headers)).map(submitted -> Response.accepted(submitted)
                .location(uri.getBaseUriBuilder().path("api/v1/appeals").path(submitted.id().toString()).build())
                .build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE, Roles.OPERATOR})
    @Operation(operationId = "getAppeal", summary = "The appeal as the resident sees it, with its timeline and photos",
            description = "Its owner (the account that submitted it), a follower, or an operator; anyone else gets 404.")
    public Uni<AppealView> get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return service.find(id, new AppealReader(caller.subject(), caller.actor(), caller.is(Roles.OPERATOR),
                java.util.Optional.empty(), java.util.Optional.empty()), language.of(headers));
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE})
    @Operation(operationId = "myAppeals", summary = "My appeals: those my account submitted, newest first")
    public Uni<AppealPage> mine(@QueryParam("status") AppealStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size, @Context HttpHeaders headers) {
        PageWindow.check(page, size);
        return service.mine(caller.subject(), status, page, size, language.of(headers));
    }

    @GET
    @RolesAllowed({Roles.HOTLINE, Roles.OPERATOR})
    @Operation(operationId = "appealsByReporterPhone", summary = "A reporter's appeals by phone number, newest first",
            description = "For hotline staff and operators helping a caller; residents use /api/v1/appeals/mine.")
    public Uni<AppealPage> byReporter(@QueryParam("reporter") @NotBlank String reporter,
            @QueryParam("status") AppealStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size, @Context HttpHeaders headers) {
        PageWindow.check(page, size);
        return service.byReporter(reporter, status, page, size, language.of(headers));
    }

    @RateLimited("support")
    @Extension(name = RateLimitResponsesFilter.EXTENSION, value = "support")
    @POST
    @Path("/{id}/supporters")
    @RolesAllowed(Roles.RESIDENT)
    @Operation(operationId = "supportAppeal", summary = "Me too: add yourself as a supporter of an open appeal",
            description = "A resident counts once per appeal; repeating it changes nothing. The answer is the support "
                    + "count and whether the caller is counted, nothing else of the appeal. An appeal that is not open "
                    + "answers 404 to a stranger (as an unknown one does) and 409 to its reporter.")
    public Uni<SupportView> support(@PathParam("id") UUID id) {
        return service.support(id, caller.subject(), caller.actor());
    }

    @RateLimited("withdraw")
    @Extension(name = RateLimitResponsesFilter.EXTENSION, value = "withdraw")
    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE})
    @Operation(operationId = "withdrawAppeal", summary = "The owner withdraws an open appeal",
            description = "Only the account that submitted it; anyone else gets 404.")
    public Uni<AppealView> withdraw(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return service.withdraw(id, caller.subject(), caller.actor(), language.of(headers));
    }
}
