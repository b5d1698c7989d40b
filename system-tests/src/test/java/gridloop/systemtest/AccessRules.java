package gridloop.systemtest;

import java.util.Map;
import java.util.Set;

/**
 * The rules of docs/security.md, written down once for the tests, per operation
 * ({@code METHOD path} as the OpenAPI documents name it): who may call it. An operation of a document that is
 * missing here fails the matrix, so a new endpoint cannot be forgotten.
 */
final class AccessRules {

    static final String PUBLIC = "public";
    static final String ANY_ROLE = "any role";

    static final String RESIDENT = "resident";
    static final String HOTLINE = "hotline";
    static final String WORKER = "grid-worker";
    static final String DEPARTMENT = "department";
    static final String OPERATOR = "operator";
    static final String REGISTRAR = "registrar";
    static final Set<String> ROLES = Set.of(RESIDENT, HOTLINE, WORKER, DEPARTMENT, OPERATOR, REGISTRAR);
    /** Staff who look at the registry's buildings, organisations and facilities (never at a household). */
    private static final Set<String> STAFF = Set.of(HOTLINE, WORKER, DEPARTMENT, OPERATOR, REGISTRAR);

    /** A sample user per role (the realm's). */
    static final Map<String, String> USER_OF_ROLE = Map.of(RESIDENT, "resident-chen", HOTLINE, "hotline-1",
            WORKER, "w-hualong-g1-1", DEPARTMENT, "housing-1", OPERATOR, "operator-1", REGISTRAR, "registrar-1");

    static final Map<String, Set<String>> WHO_MAY = Map.ofEntries(
            // intake
            Map.entry("GET /api/v1/categories", Set.of(PUBLIC)),
            Map.entry("POST /api/v1/appeals", Set.of(RESIDENT, HOTLINE)),
            Map.entry("GET /api/v1/appeals", Set.of(HOTLINE, OPERATOR)),
            Map.entry("GET /api/v1/appeals/mine", Set.of(RESIDENT, HOTLINE)),
            Map.entry("GET /api/v1/appeals/{id}", Set.of(RESIDENT, HOTLINE, OPERATOR)),
            Map.entry("POST /api/v1/appeals/{id}/supporters", Set.of(RESIDENT)),
            Map.entry("POST /api/v1/appeals/{id}/withdraw", Set.of(RESIDENT, HOTLINE)),
            Map.entry("GET /api/v1/appeals/{id}/contact", Set.of(WORKER, DEPARTMENT)),
            Map.entry("POST /api/v1/photos", Set.of(RESIDENT, HOTLINE, WORKER, DEPARTMENT)),
            Map.entry("GET /api/v1/notifications", Set.of(RESIDENT)),
            Map.entry("POST /api/v1/notifications/{id}/read", Set.of(RESIDENT)),
            Map.entry("POST /api/v1/notifications/read", Set.of(RESIDENT)),
            Map.entry("GET /api/v1/notifications/preferences", Set.of(RESIDENT)),
            Map.entry("PUT /api/v1/notifications/preferences", Set.of(RESIDENT)),
            Map.entry("GET /api/v1/photos/{id}", Set.of(RESIDENT, HOTLINE, WORKER, DEPARTMENT, OPERATOR)),
            Map.entry("GET /api/v1/photos/{id}/thumbnail", Set.of(RESIDENT, HOTLINE, WORKER, DEPARTMENT, OPERATOR)),
            Map.entry("GET /api/v1/photos/{id}/link", Set.of(RESIDENT, HOTLINE, WORKER, DEPARTMENT, OPERATOR)),
            Map.entry("GET /api/v1/appeals/{id}/photos", Set.of(RESIDENT, HOTLINE, WORKER, DEPARTMENT, OPERATOR)),
            // dispatch
            Map.entry("GET /api/v1/tasks", Set.of(WORKER, DEPARTMENT, OPERATOR)),
            Map.entry("GET /api/v1/tasks/{appealId}", Set.of(WORKER, DEPARTMENT, OPERATOR)),
            Map.entry("POST /api/v1/tasks/{appealId}/accept", Set.of(WORKER, DEPARTMENT, OPERATOR)),
            Map.entry("POST /api/v1/tasks/{appealId}/escalate", Set.of(WORKER, DEPARTMENT, OPERATOR)),
            Map.entry("POST /api/v1/tasks/{appealId}/report-in", Set.of(DEPARTMENT)),
            Map.entry("POST /api/v1/tasks/{appealId}/send-back", Set.of(DEPARTMENT)),
            Map.entry("POST /api/v1/tasks/{appealId}/reject", Set.of(OPERATOR)),
            Map.entry("POST /api/v1/tasks/{appealId}/co-handle", Set.of(WORKER, OPERATOR)),
            Map.entry("POST /api/v1/tasks/{appealId}/part", Set.of(DEPARTMENT)),
            Map.entry("POST /api/v1/tasks/{appealId}/reassign", Set.of(OPERATOR)),
            Map.entry("POST /api/v1/tasks/{appealId}/recategorize", Set.of(OPERATOR)),
            Map.entry("GET /api/v1/departments", Set.of(PUBLIC)),
            Map.entry("GET /api/v1/grids", Set.of(PUBLIC)),
            Map.entry("PUT /api/v1/grids", Set.of(OPERATOR)),
            Map.entry("GET /api/v1/grids/locate", Set.of(PUBLIC)),
            Map.entry("GET /api/v1/grids/{id}", Set.of(ANY_ROLE)),
            Map.entry("GET /api/v1/grids/{id}/workers", Set.of(OPERATOR)),
            // feedback
            Map.entry("GET /api/v1/appeals/{id}/feedback", Set.of(RESIDENT, HOTLINE, WORKER, DEPARTMENT, OPERATOR)),
            Map.entry("POST /api/v1/appeals/{id}/closure", Set.of(WORKER, DEPARTMENT, OPERATOR)),
            Map.entry("POST /api/v1/appeals/{id}/rating", Set.of(RESIDENT, HOTLINE)),
            Map.entry("POST /api/v1/appeals/{id}/rating-by-link", Set.of(PUBLIC)),
            Map.entry("GET /rate", Set.of(PUBLIC)),
            Map.entry("POST /api/v1/appeals/{id}/rating-on-behalf", Set.of(HOTLINE, OPERATOR)),
            Map.entry("GET /api/v1/callbacks", Set.of(HOTLINE, OPERATOR)),
            Map.entry("POST /api/v1/callbacks/{appealId}/calls", Set.of(HOTLINE, OPERATOR)),
            Map.entry("GET /api/v1/evaluations", Set.of(OPERATOR)),
            // registry: people for registrars and the grid's worker only, counts for staff, the access log for operators
            Map.entry("GET /api/v1/buildings", STAFF),
            Map.entry("GET /api/v1/buildings/{id}", STAFF),
            Map.entry("PUT /api/v1/buildings/{id}", Set.of(REGISTRAR)),
            Map.entry("GET /api/v1/buildings/{id}/households", Set.of(REGISTRAR, WORKER)),
            Map.entry("GET /api/v1/households/{id}", Set.of(REGISTRAR, WORKER)),
            Map.entry("PUT /api/v1/households/{id}", Set.of(REGISTRAR, WORKER)),
            Map.entry("DELETE /api/v1/households/{id}", Set.of(REGISTRAR, WORKER)),
            Map.entry("GET /api/v1/households/{id}/contact", Set.of(REGISTRAR, WORKER)),
            Map.entry("GET /api/v1/contact-reads", Set.of(OPERATOR)),
            Map.entry("GET /api/v1/organisations", STAFF),
            Map.entry("GET /api/v1/organisations/{id}", STAFF),
            Map.entry("PUT /api/v1/organisations/{id}", Set.of(REGISTRAR)),
            Map.entry("GET /api/v1/organisations/{id}/contact", Set.of(OPERATOR, REGISTRAR)),
            Map.entry("GET /api/v1/facility-classes", Set.of(ANY_ROLE)),
            Map.entry("GET /api/v1/facilities", STAFF),
            Map.entry("GET /api/v1/facilities/{id}", STAFF),
            Map.entry("GET /api/v1/facilities/{id}/appeals", STAFF),
            Map.entry("PUT /api/v1/facilities/{id}", Set.of(REGISTRAR)),
            Map.entry("POST /api/v1/imports/{kind}", Set.of(REGISTRAR)));

    private AccessRules() {
    }

    static boolean isPublic(String operation) {
        return WHO_MAY.get(operation).contains(PUBLIC);
    }

    static boolean allows(String operation, String role) {
        Set<String> who = WHO_MAY.get(operation);
        return who.contains(PUBLIC) || who.contains(ANY_ROLE) || who.contains(role);
    }
}
