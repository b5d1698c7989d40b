package gridloop.support.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words for the reason codes events carry (a department's send-back, an operator's rejection, what dispatch
 * decided by itself), in
 * {@code messages/reason_zh_CN.properties} and {@code messages/reason_en.properties}: every service that words an
 * event says them the same way ({@link DistrictWords}).
 */
@MessageBundle(value = "reason", locale = "zh-CN")
public interface ReasonMessages {

    @Message
    String notOurJurisdiction();

    @Message
    String wrongCategory();

    @Message
    String needsAnotherDepartment();

    @Message
    String insufficientInformation();

    @Message
    String duplicate();

    @Message
    String abusive();

    @Message
    String notGovernment();

    @Message
    String outsideDistrict();

    @Message
    String departmentFirst();

    @Message
    String reopenedRepeatedly();

    @Message
    String stillOpenLong();

    @Message
    String reopenedWhileOffDuty();

    @Message
    String categoryChanged();

    @Message
    String byResident();
}
