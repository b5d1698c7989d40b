package gridloop.registry.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The registry's words for people: import problems and refusals, in {@code messages/registry_zh_CN.properties} and
 * {@code messages/registry_en.properties}.
 */
@MessageBundle(value = "registry", locale = "zh-CN")
public interface RegistryMessages {

    // A cell of an import row, or a field of an edit.
    @Message
    String required();

    @Message
    String notAWholeNumber();

    @Message
    String notANumber();

    @Message
    String outOfRange(long min, long max);

    @Message
    String notOneOf(String values);

    @Message
    String tooLong(int max);

    @Message
    String badIdentifier();

    @Message
    String badPhone();

    @Message
    String notYesOrNo();

    @Message
    String unknownBuilding(String id);

    @Message
    String unknownOrganisation(String code);

    @Message
    String organisationNotOfType(String code, String type);

    @Message
    String unknownUnit(String id);

    @Message
    String unknownGrid(String id);

    @Message
    String unknownDepartment(String code);

    @Message
    String unknownClass(String code);

    @Message
    String codeNotOfDistrict(String district);

    @Message
    String codeNotOfClass(String classCode);

    @Message
    String badFacilityCode();

    @Message
    String outlineBelongsToMap();

    @Message
    String notDrawnNeedsGridAndPoint();

    @Message
    String gridDiffersFromMap(String mapGrid);

    @Message
    String vacantHasNoPeople();

    @Message
    String sameAsRow(int row);

    @Message
    String ownParent();

    @Message
    String missingColumn();

    @Message
    String unknownColumn();

    @Message
    String cellCount(int expected, int found);

    @Message
    String unclosedQuote();

    // The file as a whole.
    @Message
    String emptyFile();

    @Message
    String tooManyRows(int max);

    @Message
    String notUtf8();

    @Message
    String notGeoJson();

    @Message
    String notAFeature();

    // Refusals.
    @Message
    String importRefused();

    @Message
    String importProblems(int count);

    @Message
    String unknownImportKind(String kind);

    @Message
    String importKinds();

    @Message
    String invalidRecord();

    @Message
    String recordProblems(int count);

    @Message
    String purposeSaysWhy();

    @Message
    String bodyMustBeObject();

    @Message
    String bboxFormat();

    @Message
    String bboxTooLarge();
}
