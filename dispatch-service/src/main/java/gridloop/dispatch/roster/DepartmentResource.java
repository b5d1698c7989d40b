package gridloop.dispatch.roster;

import org.jboss.resteasy.reactive.server.Cancellable;
import jakarta.annotation.security.PermitAll;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import gridloop.support.i18n.DistrictWords;
import gridloop.support.i18n.RequestLanguage;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
// A request whose caller hangs up still runs to its end: cancelled mid-transaction, Hibernate Reactive closed the
// session under a statement in flight and the error had nowhere to go (docs/events-and-guarantees.md).
@Cancellable(false)
public class DepartmentResource {

    private final DepartmentRepository departments;
    private final DistrictWords words;
    private final RequestLanguage language;

    DepartmentResource(DepartmentRepository departments, DistrictWords words, RequestLanguage language) {
        this.departments = departments;
        this.words = words;
        this.language = language;
    }

    public record DepartmentView(String code, String name) {
    }

    @GET
    @WithSession
    @PermitAll
    @Operation(operationId = "listDepartments", summary = "The departments that take escalated appeals, each named "
            + "in the caller's language (Accept-Language)")
    public Uni<List<DepartmentView>> list(@Context HttpHeaders headers) {
        Locale reader = language.of(headers);
        return departments.inOrder()
                .map(list -> list.stream().map(d -> new DepartmentView(d.code, words.department(d.code, d.name, reader))).toList());
    }
}
