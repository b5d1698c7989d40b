package gridloop.support.i18n;

import gridloop.events.catalogue.CategoryCatalogue;
import gridloop.events.catalogue.DepartmentCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The district's words inside a sentence for a reader: a department or category named from its code, a time in
 * district time ({@code gridloop.district-zone}) as the reader's language writes it, a reason code in words.
 */
@ApplicationScoped
public class DistrictWords {

    private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final ZoneId zone;

    public DistrictWords(@ConfigProperty(name = "gridloop.district-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.zone = zone;
    }

    /** {@code 2026年12月7日 10:12} or {@code 7 Dec 2026, 10:12}, in district time. */
    public String time(Instant at, Locale reader) {
        return (Languages.CHINESE.equals(reader) ? CHINESE_TIME : ENGLISH_TIME).format(at.atZone(zone));
    }

    /** A time an event's wording carries (ISO-8601); as it came when it is not one. */
    public String time(String isoInstant, Locale reader) {
        if (isoInstant == null) {
            return "";
        }
        try {
            return time(Instant.parse(isoInstant), reader);
        } catch (DateTimeParseException notAnInstant) {
            return isoInstant;
        }
    }

    public String department(String code, String carriedName, Locale reader) {
        return DepartmentCatalogue.nameIn(reader.toLanguageTag(), code, carriedName);
    }

    /** Departments by their codes (comma-separated, as a wording carries a list), named and listed as the reader writes lists. */
    public String departments(String codes, Locale reader) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(codes.split(",")).map(code -> department(code, null, reader))
                .collect(java.util.stream.Collectors.joining(Languages.CHINESE.equals(reader) ? "、" : ", "));
    }

    public String category(String code, Locale reader) {
        return CategoryCatalogue.of(code).map(category -> category.names().get(reader.toLanguageTag()))
                .orElse(code == null ? "" : code);
    }

    /**
     * A reason code (a send-back's, a rejection's, dispatch's own) in words; a person's own words, or a code this
     * version does not know, stay as they are.
     */
    public String reason(String code, Locale reader) {
        if (code == null) {
            return "";
        }
        ReasonMessages words = Text.bundle(ReasonMessages.class, reader);
        return switch (code) {
            case "NOT_OUR_JURISDICTION" -> words.notOurJurisdiction();
            case "WRONG_CATEGORY" -> words.wrongCategory();
            case "NEEDS_ANOTHER_DEPARTMENT" -> words.needsAnotherDepartment();
            case "INSUFFICIENT_INFORMATION" -> words.insufficientInformation();
            case "DUPLICATE" -> words.duplicate();
            case "ABUSIVE" -> words.abusive();
            case "NOT_GOVERNMENT" -> words.notGovernment();
            case "OUTSIDE_DISTRICT" -> words.outsideDistrict();
            case "DEPARTMENT_FIRST" -> words.departmentFirst();
            case "REOPENED_REPEATEDLY" -> words.reopenedRepeatedly();
            case "STILL_OPEN_LONG" -> words.stillOpenLong();
            case "REOPENED_WHILE_OFF_DUTY" -> words.reopenedWhileOffDuty();
            case "CATEGORY_CHANGED" -> words.categoryChanged();
            case "BY_RESIDENT" -> words.byResident();
            default -> code;
        };
    }
}
