package gridloop.support.problem;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the problems every service answers alike. The texts are in {@code messages/problem_zh_CN.properties}
 * (the district's language, this bundle's default) and {@code messages/problem_en.properties}; the problem's
 * {@code type} and {@code status} are the same in every language, so a client matches on {@code type}.
 */
@MessageBundle(value = "problem", locale = "zh-CN")
public interface ProblemMessages {

    @Message
    String invalidRequest();

    @Message
    String invalidFields(int count);

    @Message
    String invalidField(String field, String message);

    @Message
    String invalidQueryParameter(String field, String message);

    @Message
    String mustBeOneOf(String allowed);

    @Message
    String wrongType(String expected);

    @Message
    String noNulCharacter();

    @Message
    String malformedJson();

    @Message
    String malformedJsonAt(int line, int column);

    @Message
    String notFound();

    @Message
    String notFoundDetail(String id);

    @Message
    String conflict();

    @Message
    String pagesReachAtMost(int maxItems);

    @Message
    String payloadTooLarge();

    @Message
    String serviceUnavailable();

    @Message
    String unsupportedMediaType();

    @Message
    String preconditionFailed();

    @Message
    String staleVersion(String current);

    @Message
    String preconditionRequired();

    @Message
    String ifMatchRequired();

    @Message
    String payloadLargerThan(long maxBytes);

    @Message
    String tooManyRequests();

    @Message
    String tooManyRequestsDetail(int requests, long minutes, long retryAfterSeconds);

    @Message
    String unauthorized();

    @Message
    String tokenRefused();

    @Message
    String tokenNeeded();

    @Message
    String forbidden();

    @Message
    String roleMayNot();

    @Message
    String internal();

    @Message
    String internalDetail();

    @Message
    String refused();

    @Message
    String idempotencyKeyLength(int max);

    @Message
    String idempotencyKeyReused();

    @Message
    String idempotencyKeyReusedDetail();

    @Message
    String pageTooDeep(int maxItems);
}
