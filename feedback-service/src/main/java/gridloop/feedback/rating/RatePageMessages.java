package gridloop.feedback.rating;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the rating page, in {@code messages/rate_zh_CN.properties} and {@code messages/rate_en.properties}. */
@MessageBundle(value = "rate", locale = "zh-CN")
public interface RatePageMessages {
    @Message String title();
    @Message String intro();
    @Message String resolvedQuestion();
    @Message String yes();
    @Message String no();
    @Message String satisfaction();
    @Message String comment();
    @Message String send();
    @Message String thanks();
    @Message String noLink();
}
