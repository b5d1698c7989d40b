package gridloop.support.problem;

import gridloop.support.i18n.Languages;
import gridloop.support.i18n.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A refusal the client can act on; the mappers turn it into problem+json with its status, its title and detail in the
 * caller's language ({@link #toProblem(Locale)}).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final Text title;
    private final Text detail;
    private final List<Violation> violations;
    private final Map<String, Object> extensions;
    /** Seconds for a Retry-After header; null when a retry would not help. */
    private final Long retryAfterSeconds;

    /** A field and what is wrong with it, in words rendered in the caller's language. */
    public record Violation(String field, Text message) {
    }

    /** One violation. */
    public static List<Violation> violation(String field, Text message) {
        return List.of(new Violation(field, message));
    }

    public ApiException(int status, String slug, Text title, Text detail, List<Violation> violations,
            Map<String, Object> extensions) {
        this(status, slug, title, detail, violations, extensions, null);
    }

    private ApiException(int status, String slug, Text title, Text detail, List<Violation> violations,
            Map<String, Object> extensions, Long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
        this.violations = violations;
        this.extensions = extensions;
    }

    private static Text problem(java.util.function.Function<ProblemMessages, String> message) {
        return Text.of(ProblemMessages.class, message);
    }

    /**
     * Nothing by that id that the caller may see: the same answer whether it does not exist or belongs to someone else
     * (existence does not leak), worded so that neither reads as a fault of the service.
     */
    public static ApiException notFound(Object id) {
        return new ApiException(404, "not-found", problem(ProblemMessages::notFound),
                problem(m -> m.notFoundDetail(String.valueOf(id))), null, null);
    }

    /** The request is fine but the resource's state does not allow it (an illegal transition). */
    public static ApiException conflict(Text detail) {
        return new ApiException(409, "conflict", problem(ProblemMessages::conflict), detail, null, null);
    }

    public static ApiException unprocessable(String slug, Text title, Text detail, List<Violation> violations,
            Map<String, Object> extensions) {
        return new ApiException(422, slug, title, detail, violations, extensions);
    }

    public static ApiException badRequest(Text detail, List<Violation> violations) {
        return new ApiException(400, "validation", problem(ProblemMessages::invalidRequest), detail, violations,
                null);
    }

    /** 412: the If-Match names a version the record no longer has (optimistic concurrency). */
    public static ApiException staleVersion(String currentETag) {
        return new ApiException(412, "stale-version", problem(ProblemMessages::preconditionFailed),
                problem(m -> m.staleVersion(currentETag)), null, null);
    }

    /** 428: a change of a versioned record without If-Match. */
    public static ApiException ifMatchRequired() {
        return new ApiException(428, "if-match-required", problem(ProblemMessages::preconditionRequired),
                problem(ProblemMessages::ifMatchRequired), null, null);
    }

    public static ApiException payloadTooLarge(long maxBytes) {
        return new ApiException(413, "payload-too-large", problem(ProblemMessages::payloadTooLarge),
                problem(m -> m.payloadLargerThan(maxBytes)), null, null);
    }

    /**
     * 503 with Retry-After: something this service depends on (the object store) does not answer. Nothing was
     * written, so the same request, with the same Idempotency-Key, may simply be sent again.
     */
    public static ApiException unavailable(Text detail, long retryAfterSeconds) {
        return new ApiException(503, "unavailable", problem(ProblemMessages::serviceUnavailable), detail, null,
                null, retryAfterSeconds);
    }

    /** Seconds the client should wait before retrying, for a Retry-After header. */
    public java.util.Optional<Long> retryAfterSeconds() {
        return java.util.Optional.ofNullable(retryAfterSeconds);
    }

    public Problem toProblem(Locale locale) {
        return new Problem(Problem.type(slug), title.in(locale), status, detail.in(locale), violations == null ? null
                : violations.stream().map(v -> new Problem.Violation(v.field(), v.message().in(locale))).toList(),
                extensions);
    }

    /** For the log: the detail in English, the language of the logs. */
    @Override
    public String getMessage() {
        return status + " " + slug + ": " + detail.in(Languages.ENGLISH);
    }

    public int status() {
        return status;
    }
}
