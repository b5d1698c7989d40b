package gridloop.support.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What an event says to the street's staff (operators, grid workers, departments), one message per
 * {@code gridloop.events.wording.Phrase}, in {@code messages/event_zh_CN.properties} and
 * {@code messages/event_en.properties}: the command centre's feed and dispatch's task timeline say it alike
 * ({@link EventSentences}). The resident's timeline has words of its own (intake).
 */
@MessageBundle(value = "event", locale = "zh-CN")
public interface EventMessages {

    @Message
    String submitted(String reference, String category);

    @Message
    String withdrawn();

    @Message
    String waiting(String grid);

    @Message
    String assigned(String worker, String grid);

    @Message
    String accepted(String workerId);

    @Message
    String escalated(String department);

    @Message
    String escalatedAutomatically(String department);

    @Message
    String moved(String grid);

    @Message
    String reassigned(String worker);

    @Message
    String overdueAccept();

    @Message
    String overdueResolve();

    @Message
    String reportedIn(String department);

    @Message
    String reportInOverdue(String department, String dueAt);

    @Message
    String coHandled(String lead, String assisting);

    @Message
    String partReported(String department);

    @Message
    String recategorized(String from, String to);

    @Message
    String sentBack(String department, String reason);

    @Message
    String sentBackDisputed(String department, String reason);

    @Message
    String rejected(String reason);

    @Message
    String resolved();

    @Message
    String resolvedNotFixable();

    @Message
    String resolvedNotResponsible();

    @Message
    String ratedFixed(String satisfaction);

    @Message
    String ratedNotFixed(String satisfaction);

    @Message
    String reopened();

    @Message
    String supported(String supporters);

    @Message
    String closed();

    @Message
    String closedByTimeout();

    @Message
    String closedWithOriginal(String mergedInto);

    @Message
    String facilityFaulty(String name, String code);

    @Message
    String facilityUnderRepair(String name, String code);

    @Message
    String facilityInService(String name, String code);

    @Message
    String facilityRetired(String name, String code);
}
