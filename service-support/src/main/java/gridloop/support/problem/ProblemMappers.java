package gridloop.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the services as RFC 9457 problem+json. A client mistake is a 4xx with a detail
 * that says what to fix; only our own faults are 500, logged, and never show internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                "The request has " + violations.size() + " invalid field(s)", violations, null));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return respond(jsonProblem(e));
    }

    /** Wrong types and unknown enum values; Quarkus has a built-in mapper for exactly this type. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e) {
        return respond(jsonProblem(e));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        JsonProcessingException json = causeOfType(e, JsonProcessingException.class);
        if (json != null) {
            return respond(jsonProblem(json));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.StatusType info = e.getResponse().getStatusInfo();
        String detail = status >= 500 ? "The server could not handle the request" : e.getMessage();
        return respond(new Problem(Problem.type(slug(info.getReasonPhrase())), info.getReasonPhrase(), status,
                detail, null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return respond(new Problem(Problem.type("internal"), "Internal Server Error", 500,
                "The server could not handle the request; it was logged", null, null));
    }

    private static Problem jsonProblem(JsonProcessingException e) {
        ApiException thrownWhileReading = causeOfType(e, ApiException.class);
        if (thrownWhileReading != null) {
            return thrownWhileReading.toProblem(); // e.g. ChunkedBodyLimit stopping a body Jackson was parsing
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return violation(invalid, "must be one of: " + allowed);
        }
        if (e instanceof InvalidFormatException invalid && String.class.equals(invalid.getTargetType())
                && !invalid.getPath().isEmpty()) {
            return violation(invalid, invalid.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String expected = mismatched.getTargetType() == null ? "another type"
                    : mismatched.getTargetType().getSimpleName();
            return violation(mismatched, "has the wrong type (expected " + expected + ")");
        }
        return new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                "The body is not valid JSON: " + e.getOriginalMessage(), null, null);
    }

    private static Problem violation(JsonMappingException e, String message) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return new Problem(Problem.type("validation"), "Invalid request", 400,
                "Field '" + field + "' " + message, List.of(new Problem.Violation(field, message)), null);
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
