package gridloop.intake.contact;

import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

@Path("/api/v1/appeals/{id}/contact")
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class ContactResource {

    private final ContactService contacts;
    private final Caller caller;

    ContactResource(ContactService contacts, Caller caller) {
        this.contacts = contacts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GRID_WORKER, Roles.DEPARTMENT})
    @Operation(operationId = "reporterContact", summary = "The reporter's contact, to call them back",
            description = "For the grid worker who holds the appeal's task and the department it was escalated to, while "
                    + "they hold it; anyone else, and a holder once the task has moved on, gets 404. Each read is "
                    + "logged with its purpose. Name and phone are absent when not given or erased after retention.")
    public Uni<ReporterContact> contact(@PathParam("id") UUID id,
            @QueryParam("purpose") @NotBlank(message = "{gridloop.validation.purpose}") @Size(max = 200) String purpose) {
        boolean department = caller.is(Roles.DEPARTMENT) && caller.department().isPresent();
        String holder = department ? caller.department().get() : caller.workerId().orElse("");
        return contacts.read(id, new ContactService.Holder(caller.role(), holder, department), purpose.strip());
    }
}
