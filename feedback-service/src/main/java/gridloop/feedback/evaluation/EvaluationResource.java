package gridloop.feedback.evaluation;

import gridloop.feedback.messages.FeedbackMessages;
import gridloop.support.i18n.RequestLanguage;
import gridloop.support.i18n.Text;
import gridloop.support.problem.ApiException;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
// A request whose caller hangs up still runs to its end: cancelled mid-transaction, Hibernate Reactive closed the
// session under a statement in flight and the error had nowhere to go (docs/events-and-guarantees.md).
@Cancellable(false)
public class EvaluationResource {

    /** Best first: most closed, then most satisfied, then fastest; ties by id so the order is stable. */
    static final Comparator<UnitEvaluation> BEST_FIRST = Comparator
            .comparing((UnitEvaluation u) -> u.closureRate() == null ? -1 : u.closureRate(), Comparator.reverseOrder())
            .thenComparing(u -> u.meanSatisfaction() == null ? -1 : u.meanSatisfaction(), Comparator.reverseOrder())
            .thenComparing(u -> u.meanHoursToClose() == null ? Double.MAX_VALUE : u.meanHoursToClose())
            .thenComparing(UnitEvaluation::unitId);

    private final Evaluations evaluations;
    private final UnitNames unitNames;
    private final RequestLanguage language;

    EvaluationResource(Evaluations evaluations, UnitNames unitNames, RequestLanguage language) {
        this.evaluations = evaluations;
        this.unitNames = unitNames;
        this.language = language;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "listEvaluations", summary = "Ranking of grids, communities, streets or departments for appeals submitted in [from, to)")
    public Uni<Evaluation> evaluate(@QueryParam("level") @NotNull String level,
            @QueryParam("from") @NotNull Instant from, @QueryParam("to") @NotNull Instant to,
            @Context HttpHeaders headers) {
        Locale reader = language.of(headers);
        EvaluationLevel parsed = parse(level);
        if (!from.isBefore(to)) {
            throw ApiException.badRequest(Text.of(FeedbackMessages.class, FeedbackMessages::fromBeforeTo),
                    ApiException.violation("from", Text.of(FeedbackMessages.class, FeedbackMessages::mustBeBeforeTo)));
        }
        return evaluations.evaluate(parsed, from, to).chain(units -> named(parsed, units, reader))
                .map(units -> new Evaluation(parsed.name().toLowerCase(Locale.ROOT), from, to,
                        units.stream().sorted(BEST_FIRST).toList()));
    }

    /** Each unit named in the reader's language ({@link UnitNames}), its English name when it has none in it. */
    private Uni<List<UnitEvaluation>> named(EvaluationLevel level, List<UnitEvaluation> units, Locale reader) {
        return unitNames.of(level, units).map(names -> IntStream.range(0, units.size())
                .mapToObj(i -> units.get(i).named(names.get(i).getOrDefault(reader.toLanguageTag(),
                        units.get(i).unitName())))
                .toList());
    }

    private static EvaluationLevel parse(String level) {
        try {
            return EvaluationLevel.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(Text.of(FeedbackMessages.class, m -> m.unknownLevel(level)),
                    ApiException.violation("level", Text.of(FeedbackMessages.class, FeedbackMessages::levelMustBeOneOf)));
        }
    }
}
