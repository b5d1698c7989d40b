package gridloop.support.problem;

import gridloop.support.i18n.Text;

/**
 * How deep a list may be paged: {@code (page + 1) × size} at most {@value #MAX_ITEMS}. Deeper pages cost the
 * database a scan of every row before them (OFFSET), so a client that pages on and on could load it at will; a
 * real need that deep is a narrower query (a status, a period).
 */
public final class PageWindow {

    public static final int MAX_ITEMS = 10_000;

    private PageWindow() {
    }

    /** @throws ApiException 400 problem+json with a violation on {@code page} when the page reaches too deep */
    public static void check(int page, int size) {
        if ((long) page * size + size > MAX_ITEMS) {
            throw ApiException.badRequest(Text.of(ProblemMessages.class, m -> m.pagesReachAtMost(MAX_ITEMS)),
                    ApiException.violation("page", Text.of(ProblemMessages.class, m -> m.pageTooDeep(MAX_ITEMS))));
        }
    }
}
