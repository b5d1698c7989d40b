package gridloop.testkit;

import gridloop.localstack.oidc.LocalOidcProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the realm's sample users from the provider the service under test trusts, through its
 * token endpoint (password grant), as an app would get them. Kept per user for the JVM's life: a token
 * lasts 15 minutes, longer than any test module runs.
 */
public final class Tokens {

    public static final String PASSWORD = "gridloop";
    public static final String RESIDENT = "resident-chen";
    public static final String OTHER_RESIDENT = "resident-wang";
    public static final String THIRD_RESIDENT = "resident-li";
    public static final String HOTLINE = "hotline-1";
    public static final String OPERATOR = "operator-1";
    public static final String HOUSING = "housing-1";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** The access token of a sample user (e.g. {@code resident-chen}, {@code w-hualong-g1-1}, {@code operator-1}). */
    public static String of(String username) {
        return of(GridLoopTestInfrastructure.current().oidc(), username);
    }

    /** The same, from a given provider (the system tests run their own). */
    public static String of(LocalOidcProvider provider, String username) {
        return CACHE.computeIfAbsent(provider.issuer() + " " + username,
                key -> provider.passwordToken(username, PASSWORD));
    }
}
