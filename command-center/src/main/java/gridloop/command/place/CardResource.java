package gridloop.command.place;

import gridloop.command.action.RegistryReads;
import gridloop.command.place.PlaceViews.BuildingCard;
import gridloop.command.place.PlaceViews.FacilityCard;
import gridloop.command.place.PlaceViews.OrganisationCard;
import gridloop.support.problem.ApiException;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The cards an operator opens from the map, and the personal data they may lead to: contacts and households are
 * read from the registry with the operator's token and a purpose (the registry decides and logs), never from here.
 */
@Path("/api/v1/cards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class CardResource {

    private static final String BUILDING_ID = "[A-Za-z0-9_.-]{1,80}";

    private final CardQueries cards;
    private final RegistryReads registry;

    CardResource(CardQueries cards, RegistryReads registry) {
        this.cards = cards;
        this.registry = registry;
    }

    @GET
    @Path("/buildings/{id}")
    @Operation(operationId = "buildingCard", summary = "A building's card: facts, people counted, who covers it, its "
            + "facilities and appeals", description = "Care-group counts are shown to operators (the registry's rule: "
            + "HouseholdAccess). Appeals: open ones and those of the last 90 days, located in it or naming one of its "
            + "facilities.")
    public Uni<BuildingCard> building(@PathParam("id") @Pattern(regexp = BUILDING_ID,
            message = "{gridloop.validation.buildingId}") String id) {
        // Every caller here is an operator, and operators may see care-group counts.
        return cards.building(id, true).map(card -> card.orElseThrow(() -> ApiException.notFound(id)));
    }

    @GET
    @Path("/facilities/{id}")
    @Operation(operationId = "facilityCard", summary = "A facility's card: class, code, place, maintainer, "
            + "department, status and its appeals", description = "faultsInWindow counts the appeals naming it in 90 "
            + "days; repeats says whether they make it a repeat problem (3 or more).")
    public Uni<FacilityCard> facility(@PathParam("id") UUID id) {
        return cards.facility(id).map(card -> card.orElseThrow(() -> ApiException.notFound(id)));
    }

    @GET
    @Path("/organisations/{id}")
    @Operation(operationId = "organisationCard", summary = "An organisation's card: type, members, what it covers",
            description = "Its contact is not here: GET /api/v1/cards/organisations/{id}/contact reads it from the "
                    + "registry with a purpose.")
    public Uni<OrganisationCard> organisation(@PathParam("id") UUID id) {
        return cards.organisationCard(id).map(card -> card.orElseThrow(() -> ApiException.notFound(id)));
    }

    @GET
    @Path("/organisations/{id}/contact")
    @Operation(operationId = "organisationContactFromRegistry", summary = "An organisation's contact, read from the "
            + "registry for a stated purpose", description = "Relayed with the operator's token: the registry checks "
            + "the role and the purpose (400 without one) and logs the read.")
    @APIResponse(responseCode = "200", description = "The registry's answer, as it is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "503", description = "The registry did not answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> organisationContact(@PathParam("id") UUID id, @QueryParam("purpose") String purpose) {
        return registry.organisationContact(id, purpose);
    }

    @GET
    @Path("/buildings/{id}/households")
    @Operation(operationId = "householdsFromRegistry", summary = "A building's households, read from the registry",
            description = "For operators who are also registrars: anyone else gets the registry's refusal "
                    + "(403), relayed. Counts and care groups per dwelling; no contact.")
    @APIResponse(responseCode = "200", description = "The registry's answer, as it is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "503", description = "The registry did not answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> households(@PathParam("id") @Pattern(regexp = BUILDING_ID,
            message = "{gridloop.validation.buildingId}") String id) {
        return registry.households(id);
    }

    @GET
    @Path("/households/{id}/contact")
    @Operation(operationId = "householdContactFromRegistry", summary = "A household's contact, read from the "
            + "registry for a stated purpose", description = "Relayed with the operator's token: the registry lets "
            + "registrars and the grid's worker read it, requires the purpose and logs the read; others get 404.")
    @APIResponse(responseCode = "200", description = "The registry's answer, as it is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "503", description = "The registry did not answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> householdContact(@PathParam("id") UUID id, @QueryParam("purpose") String purpose) {
        return registry.householdContact(id, purpose);
    }
}
