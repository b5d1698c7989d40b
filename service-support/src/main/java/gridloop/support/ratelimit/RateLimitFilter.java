package gridloop.support.ratelimit;

import gridloop.support.i18n.RequestLanguage;
import gridloop.support.i18n.Text;
import gridloop.support.problem.Problem;
import gridloop.support.problem.ProblemMessages;
import gridloop.support.security.Caller;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@link RateLimited} per caller: the token's subject, else (no token) the client's address. Runs after
 * sign-in, before the method: one statement on the reactive pool, no worker thread.
 */
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    private final RateLimitConfig config;
    private final RateLimitBuckets buckets;
    private final CurrentIdentityAssociation identity;
    private final MeterRegistry registry;
    private final RequestLanguage language;
    private final Set<String> unconfiguredRoutesLogged = ConcurrentHashMap.newKeySet();

    RateLimitFilter(RateLimitConfig config, RateLimitBuckets buckets, CurrentIdentityAssociation identity,
            MeterRegistry registry, RequestLanguage language) {
        this.config = config;
        this.buckets = buckets;
        this.identity = identity;
        this.registry = registry;
        this.language = language;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ResourceInfo resource, HttpServerRequest request) {
        RateLimited limited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null || !config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        // Resolved without blocking: on an operation open to all (a rating link) nothing has signed the caller in yet,
        // and a token that does not sign in counts there as no token (the operation answers as to anyone).
        return identity.getDeferredIdentity()
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> ANONYMOUS)
                .chain(resolved -> limit(limited, resolved, request));
    }

    private Uni<Response> limit(RateLimited limited, SecurityIdentity signedIn, HttpServerRequest request) {
        if (!signedIn.isAnonymous() && config.exemptRoles().stream().anyMatch(signedIn::hasRole)) {
            return Uni.createFrom().nullItem();
        }
        String route = limited.value();
        RateLimitConfig.Route limit = config.routes().get(route);
        if (limit == null) {
            if (unconfiguredRoutesLogged.add(route)) {
                LOG.warnf("Route %s is marked @RateLimited but gridloop.rate-limit.routes.%s is not set: not limited",
                        route, route);
            }
            return Uni.createFrom().nullItem();
        }
        String who = signedIn.isAnonymous() ? "address:" + request.remoteAddress().hostAddress()
                : "subject:" + subjectOf(signedIn);
        return buckets.take(route, limit, who, 1)
                .map(decision -> decision.allowed() ? null : refused(route, limit, decision.retryAfter(),
                        language.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))))
                .onFailure().recoverWithItem(failure -> {
                    // The limit protects the service; it must not become the outage. The write itself still needs
                    // the database and fails on its own if the database is gone.
                    LOG.warnf(failure, "Rate limit of %s not checked; the request goes on", route);
                    return null;
                });
    }

    /** The token's subject, as {@link Caller#subject()} says it, from the identity in hand. */
    private static String subjectOf(SecurityIdentity signedIn) {
        return signedIn.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : signedIn.getPrincipal().getName();
    }

    private Response refused(String route, RateLimitConfig.Route limit, Duration retryAfter, Locale locale) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        Counter.builder("gridloop_rate_limited_total").description("Requests refused with 429 by a per-caller limit")
                .tag("route", route).register(registry).increment();
        ProblemMessages words = Text.bundle(ProblemMessages.class, locale);
        String detail = words.tooManyRequestsDetail(limit.requests(), Math.max(1, limit.per().toMinutes()), seconds);
        return Response.status(429).header("Retry-After", seconds).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("too-many-requests"), words.tooManyRequests(), 429, detail, null,
                        Map.of("retryAfterSeconds", seconds)))
                .build();
    }
}
