package gridloop.command.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the operators' page (the Qute templates {@code templates/page/*.html} use them as {@code page:…}, and
 * its script reads them from the page), in {@code messages/page_zh_CN.properties} and
 * {@code messages/page_en.properties}. {@code $1} in a message is filled in by the script.
 */
@MessageBundle(value = "page", locale = "zh-CN")
public interface PageMessages {

    // The page's header and counters
    @Message String title();
    @Message String languageSwitch();
    @Message String languageChinese();
    @Message String languageEnglish();
    @Message String counters();
    @Message String counterOpen();
    @Message String counterOverdue();
    @Message String counterEscalated();
    @Message String counterOperatorsQueue();
    @Message String counterAssignedToday();
    @Message String counterClosedToday();
    @Message String counterToday();
    @Message String counterThisMonth();
    @Message String liveFeed();
    @Message String live();
    @Message String signOut();

    // Search and filters
    @Message String findAppeal();
    @Message String reference();
    @Message String referenceExample();
    @Message String find();
    @Message String filters();
    @Message String shadeBy();
    @Message String shadeResponseRate();
    @Message String shadeClosureRate();
    @Message String shadeSatisfiedRate();
    @Message String shadeOverdue();
    @Message String showAppeals();
    @Message String status();
    @Message String anyOpen();
    @Message String statusSubmitted();
    @Message String statusAssigned();
    @Message String statusAccepted();
    @Message String statusEscalated();
    @Message String statusResolved();
    @Message String statusReopened();
    @Message String statusClosed();
    @Message String statusRejected();
    @Message String statusWithdrawn();
    @Message String category();
    @Message String community();
    @Message String grid();
    @Message String department();
    @Message String all();
    @Message String any();
    @Message String overdueOnly();
    @Message String queueOnly();

    // An appeal's details and actions
    @Message String close();
    @Message String reassign();
    @Message String toWorker();
    @Message String choose();
    @Message String orToGrid();
    @Message String reason();
    @Message String escalateTitle();
    @Message String escalate();
    @Message String reassignAnyway();
    @Message String timeline();
    @Message String gridMap();
    @Message String factStatus();
    @Message String factDescription();
    @Message String factAddress();
    @Message String factChannel();
    @Message String factSupporters();
    @Message String factGrid();
    @Message String factAssignee();
    @Message String factDepartment();
    @Message String factAcceptBy();
    @Message String factResolveBy();
    @Message String factSubmitted();
    @Message String factLastEvent();
    @Message String factPhotos();
    @Message String overdueMark();
    @Message String queueNoWorker();
    @Message String photoNumber();
    @Message String noAppeal();
    @Message String onDuty();
    @Message String offDuty();
    @Message String offDutyUntil();
    @Message String assignedNow();
    @Message String openTasks();
    @Message String sending();
    @Message String acceptedReassign();
    @Message String acceptedEscalate();
    @Message String appealShort();
    @Message String showOnMap();
    @Message String liveUp();
    @Message String liveDown();
    @Message String channelApp();
    @Message String channelHotline();
    @Message String channelGridWorker();

    // The map's tooltips
    @Message String tipOpen();
    @Message String tipOverdue();
    @Message String tipResponse();
    @Message String tipClosure();
    @Message String tipSatisfied();
    @Message String tipNoEvaluation();
    @Message String levelStreet();
    @Message String levelCommunity();
    @Message String levelGrid();
    @Message String levelBuilding();

    // The refusal page and the session's 403
    @Message String forbiddenTitle();
    @Message String forbiddenHeading();
    @Message String forbiddenSignedInAs();
    @Message String forbiddenRoles();
    @Message String forbiddenNone();
    @Message String forbiddenOnlyOperators();
    @Message String forbiddenApp();
    @Message String forbiddenOtherAccount();
    @Message String sessionForbidden();
    @Message String sessionForbiddenDetail();
}
