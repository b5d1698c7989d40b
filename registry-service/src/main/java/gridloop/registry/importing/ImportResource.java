package gridloop.registry.importing;

import gridloop.registry.imports.RowProblem;
import gridloop.registry.messages.RegistryMessages;
import gridloop.support.i18n.RequestLanguage;
import gridloop.support.i18n.Text;
import gridloop.support.problem.ApiException;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.server.Cancellable;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class ImportResource {

    /** A problem as answered: the row (1 is a CSV's header; 0 the file as a whole), the column, what is wrong. */
    public record ProblemView(int row, String column, String problem) {
    }

    /** An import's answer: its figures, and every problem in the reader's language. */
    public record ReportView(String kind, boolean dryRun, int rows, int created, int updated, int unchanged,
            List<ProblemView> problems) {
    }

    private static final String BUILDINGS_EXAMPLE = """
            {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null,
              "properties": {"id": "haoyu-g1-b1", "estate": "鸿康皓宇小区",
              "address": "重庆市璧山区碧泉街道鸿康皓宇小区1栋", "number": "1栋", "floors": 18}}]}""";

    private final ImportService imports;
    private final RequestLanguage language;

    ImportResource(ImportService imports, RequestLanguage language) {
        this.imports = imports;
        this.language = language;
    }

    @POST
    @Path("/{kind}")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON, "application/geo+json"})
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "importRecords", summary = "Import buildings (GeoJSON) or households, organisations, "
            + "facilities (CSV, UTF-8)", description = "Registrars. kind is buildings, households, organisations or "
            + "facilities; the columns are in docs/registry.md. All or nothing: a file with any problem changes "
            + "nothing and answers 422 with every problem (row, column, problem); dryRun=true answers 200 with the "
            + "same report and the exact figures a real import would have, changing nothing. Records are matched by "
            + "their key (building id, dwelling, code), so importing the same file again changes nothing. At most "
            + "16 MiB (413) and 200,000 rows.")
    @APIResponse(responseCode = "200",
            description = "What the import did (or, a dry run, would do), with every problem")
    @APIResponse(responseCode = "422", description = "The file has problems and nothing was imported; problems lists "
            + "each (row, column, problem)")
    public Uni<ReportView> run(@PathParam("kind") String kind, @QueryParam("dryRun") @DefaultValue("false")
            boolean dryRun, @Context HttpHeaders headers,
            @RequestBody(description = "The file: CSV with a header row (UTF-8), or for buildings a GeoJSON "
                    + "FeatureCollection", content = {
                        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                                examples = @ExampleObject(name = "households", value = """
                                building,entrance,room,occupancy,residents,elderlyLivingAlone,contactName,contactPhone
                                haoyu-g1-b1,1,101,OWNER_OCCUPIED,1,true,陈桂兰,13800001001
                                """)),
                        @Content(mediaType = "application/geo+json", schema = @Schema(type = SchemaType.OBJECT,
                                description = "A GeoJSON FeatureCollection of buildings"),
                                examples = @ExampleObject(name = "buildings", value = BUILDINGS_EXAMPLE)),
                        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                                description = "A GeoJSON FeatureCollection of buildings"),
                                examples = @ExampleObject(name = "buildings", value = BUILDINGS_EXAMPLE))})
            byte[] body) {
        Locale reader = language.of(headers);
        ImportKind known = ImportKind.of(kind).orElseThrow(() -> {
            Text detail = Text.of(RegistryMessages.class, m -> m.unknownImportKind(kind));
            return ApiException.badRequest(detail, ApiException.violation("kind",
                    Text.of(RegistryMessages.class, RegistryMessages::importKinds)));
        });
        return imports.run(known, body == null ? new byte[0] : body, dryRun).map(report -> {
            List<ProblemView> problems = report.problems().stream().map(p -> view(p, reader)).toList();
            if (!dryRun && !problems.isEmpty()) {
                throw ApiException.unprocessable("import-refused",
                        Text.of(RegistryMessages.class, RegistryMessages::importRefused),
                        Text.of(RegistryMessages.class, m -> m.importProblems(problems.size())), null,
                        Map.of("problems", problems));
            }
            return new ReportView(kind, dryRun, report.rows(), report.created(), report.updated(),
                    report.unchanged(), problems);
        });
    }

    private static ProblemView view(RowProblem problem, Locale reader) {
        return new ProblemView(problem.row(), problem.column(), problem.problem().in(reader));
    }
}
