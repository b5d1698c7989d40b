package gridloop.support.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code gridloop.rate-limit.*}: the limit of each {@link RateLimited} route, per caller. */
@ConfigMapping(prefix = "gridloop.rate-limit")
public interface RateLimitConfig {

    /** Off only where one caller must write far more than a phone would: load runs and some system tests. */
    @WithDefault("true")
    boolean enabled();

    /** Staff who write for many residents (the hotline takes calls all day) are accountable, not limited. */
    @WithDefault("hotline,operator")
    List<String> exemptRoles();

    /** By route name; a route without an entry is not limited (and says so once in the log). */
    Map<String, Route> routes();

    interface Route {
        /** How many requests a caller may make in {@link #per()}; the bucket refills evenly over it. */
        int requests();

        Duration per();
    }
}
