package gridloop.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.localstack.oidc.LocalOidcProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the realm's sample users from the provider the service under test trusts, through its
 * token endpoint (password grant), as an app would get them. A token is kept per user and fetched again a
 * minute before it expires (15 minutes), so a long benchmark run never calls with an expired one.
 */
public final class Tokens {

    public static final String PASSWORD = "gridloop";
    public static final String RESIDENT = "resident-chen";
    public static final String OTHER_RESIDENT = "resident-wang";
    public static final String THIRD_RESIDENT = "resident-li";
    public static final String HOTLINE = "hotline-1";
    public static final String OPERATOR = "operator-1";
    public static final String HOUSING = "housing-1";
    public static final String REGISTRAR = "registrar-1";
    /** An operator who also keeps the registry: may read households' contacts (with a purpose) from the page. */
    public static final String OPERATOR_REGISTRAR = "operator-2";

    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private record Issued(String token, Instant expiresAt) {
    }

    private Tokens() {
    }

    /** The access token of a sample user (e.g. {@code resident-chen}, {@code w-hualong-g1-1}, {@code operator-1}). */
    public static String of(String username) {
        return of(GridLoopTestInfrastructure.current().oidc(), username);
    }

    /** The same, from a given provider (the system tests run their own). */
    public static String of(LocalOidcProvider provider, String username) {
        return CACHE.compute(provider.issuer() + " " + username, (key, cached) ->
                cached != null && Instant.now().plus(MARGIN).isBefore(cached.expiresAt()) ? cached
                        : issue(provider, username)).token();
    }

    private static Issued issue(LocalOidcProvider provider, String username) {
        String token = provider.passwordToken(username, PASSWORD);
        try {
            long exp = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("exp").asLong();
            return new Issued(token, Instant.ofEpochSecond(exp));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
