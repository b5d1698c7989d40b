package gridloop.command.search;

import gridloop.command.search.RepeatProblemQueries.RepeatProblemList;
import gridloop.command.search.SearchQueries.Found;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The page's search box and the repeat-problem list. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class SearchResource {

    private final SearchQueries search;
    private final RepeatProblemQueries repeats;

    SearchResource(SearchQueries search, RepeatProblemQueries repeats) {
        this.search = search;
        this.repeats = repeats;
    }

    @GET
    @Path("/search")
    @Operation(operationId = "searchPlaces", summary = "Finds buildings, facilities, organisations and an appeal",
            description = "Buildings by address, estate, number or code, every word matching (\"鸿康皓宇 3栋\"); "
                    + "facilities by code or name; organisations by name or code; an appeal by reference. Buildings, "
                    + "then facilities, organisations and the appeal; at most 8 of each.")
    public Uni<List<Found>> search(@QueryParam("q") @NotNull @Size(min = 1, max = 100,
            message = "{gridloop.validation.searchText}") String q) {
        return search.find(q);
    }

    @GET
    @Path("/repeat-problems")
    @Operation(operationId = "repeatProblems", summary = "The weekly meeting's list: repeat faults and busy buildings",
            description = "Facilities named by 3 or more appeals in the last 90 days (most first, at most 50) and the "
                    + "10 buildings with the most open appeals.")
    public Uni<RepeatProblemList> repeatProblems() {
        return repeats.list();
    }
}
