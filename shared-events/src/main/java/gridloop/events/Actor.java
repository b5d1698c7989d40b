package gridloop.events;

/**
 * Who caused an event: a {@code role} of the access contract ({@code resident}, {@code hotline},
 * {@code grid-worker}, {@code department}, {@code operator}) or {@code system} for the services' own
 * decisions, and an {@code id}: a resident's is a pseudonym (never contact data), a worker's is the roster
 * id, other staff's the provider's subject, the system's the service name. Null in events written before
 * it existed.
 */
public record Actor(String role, String id) {

    public static final String SYSTEM = "system";

    public static Actor system(String service) {
        return new Actor(SYSTEM, service);
    }
}
