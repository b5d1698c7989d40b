package gridloop.support.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write a phone makes as limited per caller: at most {@code gridloop.rate-limit.routes.<value>.requests}
 * per {@code ...per}. Beyond it the answer is 429 problem+json with Retry-After, and the method is not called.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    /** The route's name in the configuration, e.g. {@code submit}. */
    String value();
}
