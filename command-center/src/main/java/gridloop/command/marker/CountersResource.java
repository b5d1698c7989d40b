package gridloop.command.marker;

import gridloop.command.marker.CounterQueries.Counters;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The counters at the top of the command centre's page ({@link CounterQueries} says what each counts). */
@Path("/api/v1/counters")
@Produces(MediaType.APPLICATION_JSON)
public class CountersResource {

    private final CounterQueries counters;

    CountersResource(CounterQueries counters) {
        this.counters = counters;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "counters", summary = "Open, overdue, escalated, in the operators' queue; assigned and "
            + "closed today; the three rates for today and this month")
    public Uni<Counters> counters() {
        return counters.counters();
    }
}
