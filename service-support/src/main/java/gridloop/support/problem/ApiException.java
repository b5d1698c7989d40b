package gridloop.support.problem;

import java.util.List;
import java.util.Map;

/** A refusal the client can act on; the mappers turn it into problem+json with its status. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, Object> extensions;

    public ApiException(int status, String slug, String title, String detail, List<Problem.Violation> violations,
            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations;
        this.extensions = extensions;
    }

    /**
     * Nothing by that id that the caller may see: the same answer whether it does not exist or belongs to someone else
     * (existence does not leak), worded so that neither reads as a fault of the service.
     */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", what + " not found", "No " + what.toLowerCase() + " with id " + id
                + " that you may see: it does not exist, or it is not yours to see", null, null);
    }

    /** The request is fine but the resource's state does not allow it (an illegal transition). */
    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Not allowed in the current state", detail, null, null);
    }

    public static ApiException unprocessable(String slug, String title, String detail,
            List<Problem.Violation> violations, Map<String, Object> extensions) {
        return new ApiException(422, slug, title, detail, violations, extensions);
    }

    public static ApiException badRequest(String detail, List<Problem.Violation> violations) {
        return new ApiException(400, "validation", "Invalid request", detail, violations, null);
    }

    public Problem toProblem() {
        return new Problem(Problem.type(slug), title, status, getMessage(), violations, extensions);
    }

    public int status() {
        return status;
    }
}
