package gridloop.command.action;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The caller's own access token, to send on to dispatch (token propagation by hand: one header). */
@RequestScoped
public class OperatorToken {

    private final SecurityIdentity identity;

    OperatorToken(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** {@code Bearer <the token this request came with>}. */
    String authorization() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw new IllegalStateException("An action without the caller's access token");
        }
        return "Bearer " + token.getToken();
    }
}
