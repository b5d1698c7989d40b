package gridloop.intake.category;

import org.jboss.resteasy.reactive.server.Cancellable;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import gridloop.support.i18n.RequestLanguage;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import jakarta.annotation.security.PermitAll;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
// A request whose caller hangs up still runs to its end: cancelled mid-transaction, Hibernate Reactive closed the
// session under a statement in flight and the error had nowhere to go (docs/events-and-guarantees.md).
@Cancellable(false)
public class CategoryResource {

    private final CategoryRepository categories;
    private final RequestLanguage language;

    CategoryResource(CategoryRepository categories, RequestLanguage language) {
        this.categories = categories;
        this.language = language;
    }

    @GET
    @WithSession
    @PermitAll
    @Operation(operationId = "listCategories", summary = "The category catalogue with SLA hours and escalation "
            + "department, each named in the caller's language (Accept-Language)")
    public Uni<List<CategoryView>> list(@Context HttpHeaders headers) {
        Locale reader = language.of(headers);
        return categories.listInOrder().map(list -> list.stream().map(c -> CategoryView.of(c, reader)).toList());
    }
}
