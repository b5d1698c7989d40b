package gridloop.support.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import gridloop.support.i18n.RequestLanguage;
import gridloop.support.i18n.Text;
import gridloop.support.json.StrictJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the services as RFC 9457 problem+json. A client mistake is a 4xx with a detail
 * that says what to fix; only our own faults are 500, logged, and never show internals. Titles, details and
 * violation messages are in the caller's language ({@link RequestLanguage}); {@code type} and {@code status} are the
 * same in every language.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final RequestLanguage language;

    ProblemMappers(RequestLanguage language) {
        this.language = language;
    }

    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpHeaders headers) {
        Response answer = respond(e.toProblem(language.of(headers)));
        return e.retryAfterSeconds().map(seconds -> Response.fromResponse(answer).header("Retry-After", seconds)
                .build()).orElse(answer);
    }

    /** Hibernate Validator's messages are already in the request's language (quarkus.locales, Accept-Language). */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        ProblemMessages words = words(headers);
        return respond(new Problem(Problem.type("validation"), words.invalidRequest(), 400,
                words.invalidFields(violations.size()), violations, null));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers) {
        return respond(jsonProblem(e, language.of(headers)));
    }

    /** Wrong types and unknown enum values; Quarkus has a built-in mapper for exactly this type. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers) {
        return respond(jsonProblem(e, language.of(headers)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers) {
        JsonProcessingException json = causeOfType(e, JsonProcessingException.class);
        if (json != null) {
            return respond(jsonProblem(json, language.of(headers)));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        // The framework's own answers (405, 406, 415, 503, …): the status's reason is the title, in English only;
        // a client acts on the status and the type.
        Response.StatusType info = e.getResponse().getStatusInfo();
        String detail = status >= 500 ? words(headers).internalDetail() : e.getMessage();
        return respond(new Problem(Problem.type(slug(info.getReasonPhrase())), info.getReasonPhrase(), status,
                detail, null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers) {
        LOG.error("Unexpected failure", e);
        return internalError(headers);
    }

    private Response internalError(HttpHeaders headers) {
        ProblemMessages words = words(headers);
        return respond(new Problem(Problem.type("internal"), words.internal(), 500, words.internalDetail(), null,
                null));
    }

    private ProblemMessages words(HttpHeaders headers) {
        return Text.bundle(ProblemMessages.class, language.of(headers));
    }

    private static Problem jsonProblem(JsonProcessingException e, Locale locale) {
        ApiException thrownWhileReading = causeOfType(e, ApiException.class);
        if (thrownWhileReading != null) {
            return thrownWhileReading.toProblem(locale); // e.g. ChunkedBodyLimit stopping a body Jackson was parsing
        }
        ProblemMessages words = Text.bundle(ProblemMessages.class, locale);
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return violation(invalid, words.mustBeOneOf(allowed), words);
        }
        if (e instanceof InvalidFormatException invalid && String.class.equals(invalid.getTargetType())
                && !invalid.getPath().isEmpty()) {
            String message = StrictJson.NUL_MESSAGE.equals(invalid.getOriginalMessage()) ? words.noNulCharacter()
                    : invalid.getOriginalMessage();
            return violation(invalid, message, words);
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String expected = mismatched.getTargetType() == null ? "?" : mismatched.getTargetType().getSimpleName();
            return violation(mismatched, words.wrongType(expected), words);
        }
        JsonLocation at = e.getLocation();
        return new Problem(Problem.type("malformed-json"), words.malformedJson(), 400,
                words.malformedJsonAt(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()), null,
                null);
    }

    private static Problem violation(JsonMappingException e, String message, ProblemMessages words) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return new Problem(Problem.type("validation"), words.invalidRequest(), 400,
                words.invalidField(field, message), List.of(new Problem.Violation(field, message)), null);
    }

    /**
     * The field as the client knows it: {@code submit.request.location.latitude} → {@code location.latitude}
     * for a body, {@code byReporter.reporter} → {@code reporter} for a query parameter.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder property = new StringBuilder();
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                case CONTAINER_ELEMENT -> property.append('[').append(node.getIndex() == null ? "" : node.getIndex()).append(']');
                default -> {
                    if (node.getIndex() != null) {
                        property.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null) {
                        property.append(property.length() == 0 ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        return property.length() > 0 ? property.toString() : (parameter != null ? parameter
                : violation.getPropertyPath().toString());
    }

    private static String slug(String reason) {
        return reason == null ? "error" : reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
