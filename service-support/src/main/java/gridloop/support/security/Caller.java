package gridloop.support.security;

import gridloop.events.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the validated access token: never from a header or a body that names a user.
 * The identities the services use are those of {@code security.md}: the subject, the roster {@code worker_id},
 * the {@code department} code; an event records the caller as an {@link Actor}.
 */
@RequestScoped
public class Caller {

    public static final String WORKER_ID_CLAIM = "worker_id";
    public static final String DEPARTMENT_CLAIM = "department";

    private final SecurityIdentity identity;
    private final Pseudonyms pseudonyms;

    Caller(SecurityIdentity identity, Pseudonyms pseudonyms) {
        this.identity = identity;
        this.pseudonyms = pseudonyms;
    }

    public boolean is(String role) {
        return !identity.isAnonymous() && identity.hasRole(role);
    }

    public String subject() {
        return token().map(JsonWebToken::getSubject).orElse(identity.getPrincipal().getName());
    }

    /** The roster id of a grid worker; empty for anyone else. */
    public Optional<String> workerId() {
        return is(Roles.GRID_WORKER) ? claim(WORKER_ID_CLAIM) : Optional.empty();
    }

    /** The department code of department staff; empty for anyone else. */
    public Optional<String> department() {
        return is(Roles.DEPARTMENT) ? claim(DEPARTMENT_CLAIM) : Optional.empty();
    }

    /** A name to show for staff: the token's {@code name}, else the user name, else the subject. */
    public String displayName() {
        return claim("name").filter(name -> !name.isBlank())
                .or(() -> claim("preferred_username"))
                .orElse(subject());
    }

    /** The resident's (or any caller's) pseudonym: what travels on topics instead of the account. */
    public String pseudonym() {
        return pseudonyms.of(subject());
    }

    public String role() {
        return Roles.ALL.stream().filter(this::is).findFirst().orElse("anonymous");
    }

    /** The caller as an event records it: residents by pseudonym, workers by roster id, other staff by subject. */
    public Actor actor() {
        String role = role();
        String id = switch (role) {
            case Roles.RESIDENT -> pseudonym();
            case Roles.GRID_WORKER -> workerId().orElse(subject());
            default -> subject();
        };
        return new Actor(role, id);
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }

    private Optional<String> claim(String name) {
        return token().map(jwt -> jwt.<Object>getClaim(name)).map(Object::toString).filter(value -> !value.isBlank());
    }
}
