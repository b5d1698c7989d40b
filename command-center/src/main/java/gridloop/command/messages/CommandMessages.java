package gridloop.command.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The command centre's words (refusals, the live feed), in {@code messages/command_zh_CN.properties} and {@code messages/command_en.properties}.
 */
@MessageBundle(value = "command", locale = "zh-CN")
public interface CommandMessages {

    @Message
    String viewBoxOrder();

    @Message
    String notEastOfEast();

    @Message
    String bodyMustBeObject();

    @Message
    String mustBeObject();

    @Message
    String dispatchUnavailable();

    @Message
    String dispatchUnavailableDetail();

    // The live feed: one message per gridloop.events.wording.Phrase (FeedWording).

    @Message
    String feedSubmitted(String reference, String category);

    @Message
    String feedWithdrawn();

    @Message
    String feedWaiting(String grid);

    @Message
    String feedAssigned(String worker, String grid);

    @Message
    String feedAccepted(String workerId);

    @Message
    String feedEscalated(String department);

    @Message
    String feedEscalatedAutomatically(String department);

    @Message
    String feedMoved(String grid);

    @Message
    String feedReassigned(String worker);

    @Message
    String feedOverdueAccept();

    @Message
    String feedOverdueResolve();

    @Message
    String feedReportedIn(String department);

    @Message
    String feedReportInOverdue(String department, String dueAt);

    @Message
    String feedCoHandled(String lead, String assisting);

    @Message
    String feedPartReported(String department);

    @Message
    String feedRecategorized(String from, String to);

    @Message
    String feedSentBack(String department, String reason);

    @Message
    String feedSentBackDisputed(String department, String reason);

    @Message
    String feedRejected(String reason);

    @Message
    String feedResolved();

    @Message
    String feedResolvedNotFixable();

    @Message
    String feedResolvedNotResponsible();

    @Message
    String feedRatedFixed(String satisfaction);

    @Message
    String feedRatedNotFixed(String satisfaction);

    @Message
    String feedReopened();

    @Message
    String feedSupported(String supporters);

    @Message
    String feedClosed();

    @Message
    String feedClosedByTimeout();

    @Message
    String feedClosedWithOriginal(String mergedInto);
}
