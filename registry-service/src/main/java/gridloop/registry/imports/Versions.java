package gridloop.registry.imports;

import gridloop.support.problem.ApiException;

/**
 * Optimistic concurrency for edits: a record's version is its ETag ({@code "3"}); a change names the version it was
 * made on in {@code If-Match}, and is refused with 412 when the record has moved on since (428 without one).
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** @throws ApiException 428 without If-Match, 412 when it names another version than {@code current} */
    public static void check(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.ifMatchRequired();
        }
        String wanted = etag(current);
        boolean matches = false;
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.strip();
            if (trimmed.startsWith("W/")) {
                trimmed = trimmed.substring(2);
            }
            if (trimmed.equals("*") || trimmed.equals(wanted)) {
                matches = true;
            }
        }
        if (!matches) {
            throw ApiException.staleVersion(wanted);
        }
    }
}
