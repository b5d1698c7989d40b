package gridloop.intake.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Intake's words (refusals, the timeline), in {@code messages/intake_zh_CN.properties} and {@code messages/intake_en.properties}. */
@MessageBundle(value = "intake", locale = "zh-CN")
public interface IntakeMessages {

    @Message
    String unknownCategory();

    @Message
    String notACategory(String code, String codes);

    @Message
    String mustBeOneOf(String codes);

    @Message
    String appealIsNotOpen(String reference, String status);

    @Message
    String noLongerWithdrawn(String reference, String status);

    // Photos (gridloop.intake.photo).

    @Message
    String photoMustBeAnImage();

    @Message
    String sendJpegNotHeic();

    @Message
    String photoTooLarge();

    @Message
    String photoHasTooManyPixels(int width, int height, long maxMegapixels);

    @Message
    String photoFileMissing();

    @Message
    String photoUnreadable();

    @Message
    String photoUnreadableDetail();

    @Message
    String photoNotAttachable();

    @Message
    String photosNotYours(String ids);

    @Message
    String photoNotYoursOrTaken();

    @Message
    String objectStoreDown();

    // Notifications (gridloop.intake.notification): the step itself is the timeline's sentence.

    @Message
    String notificationSubject(String reference);

    @Message
    String notificationBody(String reference, String step);

    @Message
    String notificationPleaseRate();

    @Message
    String notificationReminder();

    // The return visit (gridloop.intake.returnvisit).

    @Message
    String callbackVerdictMissing();

    @Message
    String callbackNotRatable();

    @Message
    String feedbackUnavailable();

    @Message
    String feedbackUnavailableDetail();

    @Message
    String notificationFooter();

    // The resident's timeline: one message per gridloop.events.wording.Phrase (TimelineWording).

    @Message
    String timelineSubmitted(String reference);

    @Message
    String timelineWithdrawn();

    @Message
    String timelineWaiting(String grid);

    @Message
    String timelineAssigned(String worker, String grid);

    @Message
    String timelineAccepted();

    @Message
    String timelineEscalated(String department);

    @Message
    String timelineEscalatedAutomatically(String department);

    @Message
    String timelineMoved(String grid);

    @Message
    String timelineReassigned(String worker);

    @Message
    String timelineOverdueAccept();

    @Message
    String timelineOverdueResolve();

    @Message
    String timelineReportedIn(String department, String at);

    @Message
    String timelineReportInOverdue(String department, String dueAt);

    @Message
    String timelineCoHandled(String lead, String assisting);

    @Message
    String timelinePartReported(String department, String summary);

    @Message
    String timelineRecategorized(String from, String to, String reason);

    @Message
    String timelineSentBack(String department, String reason, String note);

    @Message
    String timelineSentBackDisputed(String department, String reason, String note);

    @Message
    String timelineRejected(String reason, String mergedInto, String detail);

    @Message
    String timelineResolved(String resolution);

    @Message
    String timelineResolvedNotFixable(String reason, String resolution);

    @Message
    String timelineResolvedNotResponsible(String resolution);

    @Message
    String timelineRatedFixed(String satisfaction);

    @Message
    String timelineRatedNotFixed(String satisfaction);

    @Message
    String timelineReopened();

    @Message
    String timelineSupported(String supporters);

    @Message
    String timelineClosed();

    @Message
    String timelineClosedByTimeout();

    @Message
    String timelineClosedWithOriginal(String mergedInto);

    @Message
    String timelineFacilityFaulty(String name);

    @Message
    String timelineFacilityUnderRepair(String name);

    @Message
    String timelineFacilityInService(String name);

    @Message
    String timelineFacilityRetired(String name);
}
