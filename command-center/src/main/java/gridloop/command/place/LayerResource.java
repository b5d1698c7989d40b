package gridloop.command.place;

import gridloop.command.duty.DutyQueries;
import gridloop.command.duty.DutyQueries.GridOnDuty;
import gridloop.command.place.PlaceViews.Buildings;
import gridloop.command.place.PlaceViews.Facilities;
import gridloop.command.place.PlaceViews.OrganisationInView;
import gridloop.support.i18n.RequestLanguage;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The map's layers beside the appeals: the registry's buildings, facilities and organisations in view, and the grid
 * workers on duty now, all from the command centre's own read model.
 */
@Path("/api/v1/layers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class LayerResource {

    private final PlaceQueries places;
    private final DutyQueries duty;
    private final RequestLanguage language;

    LayerResource(PlaceQueries places, DutyQueries duty, RequestLanguage language) {
        this.places = places;
        this.duty = duty;
        this.language = language;
    }

    @GET
    @Path("/buildings")
    @Operation(operationId = "buildingsInView", summary = "The buildings in view, with the measures the map shades by",
            description = "The view is a box (west, south, east, north in degrees). Each building has its outline "
                    + "(when the grid map draws one) or its point, its open appeals, its appeals of the last 90 days, "
                    + "its households in care groups and its vacancy.")
    public Uni<Buildings> buildings(@Valid @BeanParam ViewParams view) {
        return places.buildings(view.box());
    }

    @GET
    @Path("/facilities")
    @Operation(operationId = "facilitiesInView", summary = "The facilities in view with their status",
            description = "Retired ones are left out. class narrows to one component class (4 digits, "
                    + "GET /api/v1/facility-classes at the registry). faultsInWindow: appeals naming it in 90 days.")
    public Uni<Facilities> facilities(@Valid @BeanParam ViewParams view,
            @QueryParam("class") @Pattern(regexp = "\\d{4}", message = "{gridloop.validation.facilityClass}")
            String classCode) {
        return places.facilities(view.box(), classCode);
    }

    @GET
    @Path("/organisations")
    @Operation(operationId = "organisationsInView", summary = "The organisations covering a building in view",
            description = "Party organisations, volunteer teams, property companies and the rest, each with the "
                    + "buildings (outline or point) and map units it covers; at most 200.")
    public Uni<List<OrganisationInView>> organisations(@Valid @BeanParam ViewParams view) {
        return places.organisations(view.box());
    }

    @GET
    @Path("/on-duty")
    @Operation(operationId = "workersOnDuty", summary = "Each grid's workers on duty now, with their open appeals",
            description = "From dispatch's roster in force (gridloop.grid-rosters) and the shifts, at the business "
                    + "clock's time in the district; grid names in the caller's language.")
    public Uni<List<GridOnDuty>> onDuty(@Context HttpHeaders headers) {
        return duty.onDutyNow(language.of(headers));
    }
}
