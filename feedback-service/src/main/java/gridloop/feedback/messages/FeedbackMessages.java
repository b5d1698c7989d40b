package gridloop.feedback.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Feedback's refusals, in {@code messages/feedback_zh_CN.properties} and {@code messages/feedback_en.properties}. */
@MessageBundle(value = "feedback", locale = "zh-CN")
public interface FeedbackMessages {

    @Message
    String notFixableSaysWhy();

    @Message
    String reasonRequiredWhenNotFixable();

    @Message
    String closureNotNow(String status);

    @Message
    String ratingNotNow(String status);

    @Message
    String ratingLinkRefused();

    @Message
    String ratingLinkRefusedDetail();

    @Message
    String ratingLinkGone();

    @Message
    String ratingLinkExpired();

    @Message
    String ratingLinkUsed();

    @Message
    String fromBeforeTo();

    @Message
    String mustBeBeforeTo();

    @Message
    String unknownLevel(String level);

    @Message
    String levelMustBeOneOf();
}
