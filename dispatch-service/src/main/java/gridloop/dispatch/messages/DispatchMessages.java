package gridloop.dispatch.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Dispatch's refusals, in {@code messages/dispatch_zh_CN.properties} and {@code messages/dispatch_en.properties}.
 * Task statuses and codes stay codes inside the sentences.
 */
@MessageBundle(value = "dispatch", locale = "zh-CN")
public interface DispatchMessages {

    @Message
    String duplicateOfOnlyWithDuplicate();

    @Message
    String duplicateOfRequired();

    @Message
    String duplicateOfOnlyForDuplicate();

    @Message
    String mergeIntoItself();

    @Message
    String taskIs(String status);

    @Message
    String taskNoLongerRejected(String status);

    @Message
    String unknownAppeal();

    @Message
    String noAppealToMergeInto(String id);

    @Message
    String unknownAppealField();

    @Message
    String alreadyMergedInto(String id, String into);

    @Message
    String onlyOpenTakesDuplicates(String id, String status);

    @Message
    String assigneeOrGrid();

    @Message
    String exactlyOneOfAssigneeAndGrid();

    @Message
    String taskNoLongerReassigned(String status);

    @Message
    String unknownWorker();

    @Message
    String noGridWorker(String id);

    @Message
    String unknownWorkerField();

    @Message
    String workerOffDuty();

    @Message
    String workerOffDutyDetail(String name, String id);

    @Message
    String workerOffDutyUntilDetail(String name, String id, String next);

    @Message
    String unknownGrid();

    @Message
    String noGrid(String id);

    @Message
    String unknownGridField();

    @Message
    String alreadyWith(String name);

    @Message
    String departmentsMustDiffer();

    @Message
    String eachDepartmentOnce();

    @Message
    String taskNoLongerEscalated(String status);

    @Message
    String unknownDepartment();

    @Message
    String notDepartments(String codes);

    @Message
    String notADepartment(String code);

    @Message
    String unknownDepartmentField();

    @Message
    String alreadyReportedIn(String department, String at);

    @Message
    String onlyAssistingReportsPart();

    @Message
    String partsWhileEscalated(String status);

    @Message
    String alreadyReportedPart(String department);

    @Message
    String recategorizeNotNow(String status);

    @Message
    String alreadyCategory(String category);

    @Message
    String unknownCategory();

    @Message
    String notACategory(String code);

    @Message
    String unknownCategoryField();

    @Message
    String onlyAssignedAccepted(String status);

    @Message
    String waitsInQueue(String queue);

    @Message
    String resolvedNoEscalation();

    @Message
    String onlyEscalatedReportedIn(String status);

    @Message
    String onlyEscalatedSentBack(String status);

    @Message
    String onlyLead(String department);

    @Message
    String featureCollectionRequired();

    @Message
    String outsideDistrict();

    @Message
    String noGridContains(String latitude, String longitude);

    @Message
    String tooManyFeatures();

    @Message
    String tooManyFeaturesDetail(int features, int max);

    @Message
    String invalidGeoJson(String reason);

    @Message
    String invalidMap();

    @Message
    String invalidFeaturesDetail(int count);

    // An uploaded map's problems (grid.MapProblemWording), one per MapProblem.Kind, and the rings they name.

    @Message
    String mapNotAFeatureCollection();

    @Message
    String mapHasNoGrid();

    @Message
    String mapNotAFeature();

    @Message
    String mapIdRequired();

    @Message
    String mapNamesNotAnObject();

    @Message
    String mapNamesLanguage(String language, String languages);

    @Message
    String mapNameBlank(String language);

    @Message
    String mapLevelUnknown();

    @Message
    String mapNotAPolygon();

    @Message
    String mapNoOuterRing();

    @Message
    String mapSelfIntersection(String at);

    @Message
    String mapHoleOutsideShell(String at);

    @Message
    String mapInvalidPolygon(String at);

    @Message
    String mapRingTooShort(String ring);

    @Message
    String mapPositionNotLonLat(String ring, String position);

    @Message
    String mapPositionOutOfRange(String ring, String position);

    @Message
    String mapRingNotClosed(String ring);

    @Message
    String mapIdUsedTwice(String id);

    @Message
    String mapStreetHasParent();

    @Message
    String mapParentRequired(String level);

    @Message
    String mapParentMissing(String parent);

    @Message
    String mapParentWrongLevel(String level, String expected, String parent, String parentLevel);

    @Message
    String mapNotInsideParent(String expected, String parent);

    @Message
    String mapOverlaps(String level, String id);

    @Message
    String mapOuterRing();

    @Message
    String mapHole(String number);
}
