package gridloop.support.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document; {@code extensions} are flattened into it (e.g. {@code validCodes}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations,
        @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    /** A stable identifier per kind of problem, e.g. {@code urn:gridloop:problem:validation}. */
    public static String type(String slug) {
        return "urn:gridloop:problem:" + slug;
    }
}
