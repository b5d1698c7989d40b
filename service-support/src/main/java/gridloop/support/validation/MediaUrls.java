package gridloop.support.validation;

/** What a photo or video link in a request must look like. */
public final class MediaUrls {

    /**
     * An http or https URL, the scheme in any case. Spelt without Java-only syntax such as {@code (?i)}, because
     * the same pattern is published in the OpenAPI documents, where clients check it with ECMAScript regexes.
     */
    public static final String PATTERN = "^[hH][tT][tT][pP][sS]?://\\S+$";

    private MediaUrls() {
    }
}
