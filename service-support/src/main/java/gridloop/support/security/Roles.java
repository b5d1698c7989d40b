package gridloop.support.security;

import java.util.List;

/** The roles of the access contract (docs/security.md), as the token's role claim names them. */
public final class Roles {

    public static final String RESIDENT = "resident";
    public static final String HOTLINE = "hotline";
    public static final String GRID_WORKER = "grid-worker";
    public static final String DEPARTMENT = "department";
    public static final String OPERATOR = "operator";
    /** The street's base-data staff: imports and edits the registry, sees households' contacts. */
    public static final String REGISTRAR = "registrar";

    /** Most powerful first: the role an event's actor records when a token carries several. */
    public static final List<String> ALL = List.of(OPERATOR, REGISTRAR, DEPARTMENT, GRID_WORKER, HOTLINE, RESIDENT);

    private Roles() {
    }
}
