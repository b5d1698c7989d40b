package gridloop.dispatch.roster;

import org.jboss.resteasy.reactive.server.Cancellable;
import jakarta.annotation.security.PermitAll;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
// A request whose caller hangs up still runs to its end: cancelled mid-transaction, Hibernate Reactive closed the
// session under a statement in flight and the error had nowhere to go (docs/events-and-guarantees.md).
@Cancellable(false)
public class DepartmentResource {

    private final DepartmentRepository departments;

    DepartmentResource(DepartmentRepository departments) {
        this.departments = departments;
    }

    public record DepartmentView(String code, String name) {
    }

    @GET
    @WithSession
    @PermitAll
    @Operation(operationId = "listDepartments", summary = "The departments that take escalated appeals")
    public Uni<List<DepartmentView>> list() {
        return departments.inOrder()
                .map(list -> list.stream().map(d -> new DepartmentView(d.code, d.name)).toList());
    }
}
