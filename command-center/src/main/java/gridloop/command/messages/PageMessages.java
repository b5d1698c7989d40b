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
    @Message String photoBefore();
    @Message String photoAfter();
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

    // The one image: layers, search, cards, repeat problems
    @Message String oneImage();
    @Message String layers();
    @Message String layerBuildings();
    @Message String layerFacilities();
    @Message String layerOrganisations();
    @Message String layerOnDuty();
    @Message String layerAppeals();
    @Message String shadeBuildingsBy();
    @Message String measureOpenAppeals();
    @Message String measureRecentAppeals();
    @Message String measureCareHouseholds();
    @Message String measureVacancy();
    @Message String searchLabel();
    @Message String searchExample();
    @Message String searchNothing();
    @Message String kindBuilding();
    @Message String kindFacility();
    @Message String kindOrganisation();
    @Message String kindAppeal();
    @Message String repeatProblems();
    @Message String repeatFacilities();
    @Message String busyBuildings();
    @Message String noneNow();
    @Message String faultsCount();
    @Message String openCount();
    @Message String cardCode();
    @Message String cardAddress();
    @Message String cardFloors();
    @Message String cardEntrances();
    @Message String cardDwellings();
    @Message String cardPeople();
    @Message String peopleCounts();
    @Message String cardCareGroups();
    @Message String careCounts();
    @Message String cardOrganisations();
    @Message String cardFacilities();
    @Message String cardAppeals();
    @Message String cardAppealHistory();
    @Message String cardClass();
    @Message String cardPlace();
    @Message String floorOf();
    @Message String cardMaintainer();
    @Message String cardDepartment();
    @Message String cardStatus();
    @Message String cardFaults();
    @Message String repeatMark();
    @Message String cardType();
    @Message String cardMembers();
    @Message String cardParent();
    @Message String cardCovers();
    @Message String cardContact();
    @Message String showContact();
    @Message String purposeLabel();
    @Message String purposeDefault();
    @Message String showHouseholds();
    @Message String householdLine();
    @Message String onDutyNames();
    @Message String nobodyOnDuty();
    @Message String workerLoad();
    @Message String facilityIN_SERVICE();
    @Message String facilityFAULTY();
    @Message String facilityUNDER_REPAIR();
    @Message String facilityRETIRED();
    @Message String orgSTREET_PARTY_COMMITTEE();
    @Message String orgCOMMUNITY_PARTY_COMMITTEE();
    @Message String orgPARTY_BRANCH();
    @Message String orgBUILDING_PARTY_GROUP();
    @Message String orgOWNERS_COMMITTEE();
    @Message String orgPROPERTY_COMPANY();
    @Message String orgVOLUNTEER_TEAM();
    @Message String orgSHOP();
    @Message String orgENTERPRISE();
    @Message String factBuilding();
    @Message String factFacility();
    @Message String showBuilding();
    @Message String showFacility();
}
