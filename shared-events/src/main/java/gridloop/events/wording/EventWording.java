package gridloop.events.wording;

import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealCoHandled;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealOverdue;
import gridloop.events.AppealPartReported;
import gridloop.events.AppealRated;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealRecategorized;
import gridloop.events.AppealRejected;
import gridloop.events.AppealReopened;
import gridloop.events.AppealReportInOverdue;
import gridloop.events.AppealReportedIn;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealSupported;
import gridloop.events.AppealWithdrawn;
import gridloop.events.FacilityRecorded;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.events.GridUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an event says to a person, kept language-neutral: a {@link Phrase} code and the facts the sentence may use.
 * Services store this, never a rendered sentence, and word it in the reader's language when they answer (each with
 * its own bundle: the resident's timeline, the operators' feed). Names of the district's data travel as codes (a
 * department's, a category's) or with their names in every language (a grid's: {@code grid.zh-CN}, {@code grid.en}).
 */
public final class EventWording {

    /** The parameters a phrase may use. Times are ISO-8601 instants, worded in district time by the reader's side. */
    public static final String REFERENCE = "reference", WORKER = "worker", WORKER_ID = "workerId", GRID = "grid",
            DEPARTMENT = "department", DEPARTMENT_NAME = "departmentName", AT = "at", DUE_AT = "dueAt",
            LEAD = "lead", ASSISTING = "assisting", SUMMARY = "summary", FROM = "from", TO = "to", REASON = "reason",
            NOTE = "note", DETAIL = "detail", RESOLUTION = "resolution", SATISFACTION = "satisfaction",
            MERGED_INTO = "mergedInto", SUPPORTERS = "supporters", CATEGORY = "category", NAME = "name",
            CODE = "code";

    /** One event's wording. */
    public record Wording(Phrase phrase, Map<String, String> params) {

        public String param(String name) {
            return params.get(name);
        }

        /** A grid's name for a reader of this language tag: in that language if the event named it so, else English. */
        public String gridName(String languageTag) {
            String named = params.get(GRID + "." + languageTag);
            return named != null ? named : params.getOrDefault(GRID + ".en", params.get(GRID));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };

    private EventWording() {
    }

    /** The facts as services store them: a JSON object of strings. */
    public static String paramsToJson(Map<String, String> params) {
        try {
            return JSON.writeValueAsString(params == null ? Map.of() : params);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Facts that are not JSON", e);
        }
    }

    public static Map<String, String> paramsFromJson(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored facts that are not a JSON object of strings", e);
        }
    }

    public static Wording of(AppealEvent event) {
        Map<String, String> p = new LinkedHashMap<>();
        return new Wording(phrase(event, p), p);
    }

    /** A facility's status as a phrase ({@code FACILITY_FAULTY}, ...), with its name and code. */
    public static Wording of(FacilityRecorded facility) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, NAME, facility.name());
        put(p, CODE, facility.code());
        return new Wording(Phrase.valueOf("FACILITY_" + facility.status()), p);
    }

    // Java 17: no pattern matching in switch yet, so one instanceof per event type.
    private static Phrase phrase(AppealEvent event, Map<String, String> p) {
        if (event instanceof AppealSubmitted e) {
            put(p, REFERENCE, e.reference());
            put(p, CATEGORY, e.category());
            return Phrase.SUBMITTED;
        }
        if (event instanceof AppealWithdrawn) {
            return Phrase.WITHDRAWN;
        }
        if (event instanceof AppealAssigned e) {
            grid(p, e.grid());
            put(p, WORKER, e.assigneeName());
            return e.assigneeName() == null ? Phrase.WAITING : Phrase.ASSIGNED;
        }
        if (event instanceof AppealAccepted e) {
            put(p, WORKER_ID, e.assigneeId());
            return Phrase.ACCEPTED;
        }
        if (event instanceof AppealEscalated e) {
            department(p, e.department(), e.departmentName());
            return e.automatic() ? Phrase.ESCALATED_AUTOMATICALLY : Phrase.ESCALATED;
        }
        if (event instanceof AppealReassigned e) {
            grid(p, e.grid());
            put(p, WORKER, e.assigneeName());
            return e.assigneeName() == null ? Phrase.MOVED : Phrase.REASSIGNED;
        }
        if (event instanceof AppealOverdue e) {
            put(p, DUE_AT, e.dueAt() == null ? null : e.dueAt().toString());
            return "ACCEPT".equals(e.deadline()) ? Phrase.OVERDUE_ACCEPT : Phrase.OVERDUE_RESOLVE;
        }
        if (event instanceof AppealReportedIn e) {
            department(p, e.department(), e.departmentName());
            put(p, AT, e.occurredAt().toString());
            return Phrase.REPORTED_IN;
        }
        if (event instanceof AppealReportInOverdue e) {
            department(p, e.department(), e.departmentName());
            put(p, DUE_AT, e.dueAt().toString());
            return Phrase.REPORT_IN_OVERDUE;
        }
        if (event instanceof AppealCoHandled e) {
            put(p, LEAD, e.lead());
            put(p, ASSISTING, String.join(",", e.assisting()));
            return Phrase.CO_HANDLED;
        }
        if (event instanceof AppealPartReported e) {
            department(p, e.department(), e.departmentName());
            put(p, SUMMARY, e.summary());
            return Phrase.PART_REPORTED;
        }
        if (event instanceof AppealRecategorized e) {
            put(p, FROM, e.previousCategory());
            put(p, TO, e.category());
            put(p, REASON, e.reason());
            return Phrase.RECATEGORIZED;
        }
        if (event instanceof AppealSentBack e) {
            department(p, e.department(), e.departmentName());
            put(p, REASON, e.reason());
            put(p, NOTE, e.note() == null || e.note().isBlank() ? null : e.note());
            return e.disputed() ? Phrase.SENT_BACK_DISPUTED : Phrase.SENT_BACK;
        }
        if (event instanceof AppealRejected e) {
            put(p, REASON, e.reason());
            put(p, DETAIL, e.detail());
            put(p, MERGED_INTO, e.duplicateOfReference());
            return Phrase.REJECTED;
        }
        if (event instanceof AppealResolved e) {
            put(p, RESOLUTION, e.resolution());
            put(p, REASON, e.outcomeReason());
            return switch (e.outcomeOrFixed()) {
                case AppealResolved.NOT_FIXABLE -> Phrase.RESOLVED_NOT_FIXABLE;
                case AppealResolved.NOT_RESPONSIBLE -> Phrase.RESOLVED_NOT_RESPONSIBLE;
                default -> Phrase.RESOLVED;
            };
        }
        if (event instanceof AppealRated e) {
            put(p, SATISFACTION, Integer.toString(e.satisfaction()));
            return e.resolved() ? Phrase.RATED_FIXED : Phrase.RATED_NOT_FIXED;
        }
        if (event instanceof AppealReopened) {
            return Phrase.REOPENED;
        }
        if (event instanceof AppealSupported e) {
            put(p, SUPPORTERS, Integer.toString(e.supporters()));
            return Phrase.SUPPORTED;
        }
        if (event instanceof AppealClosed e) {
            put(p, MERGED_INTO, e.mergedIntoReference());
            return switch (e.closedBy()) {
                case AppealClosed.BY_TIMEOUT -> Phrase.CLOSED_BY_TIMEOUT;
                case AppealClosed.BY_ORIGINAL -> Phrase.CLOSED_WITH_ORIGINAL;
                default -> Phrase.CLOSED;
            };
        }
        throw new IllegalArgumentException("No wording for " + event.getClass().getSimpleName());
    }

    private static void grid(Map<String, String> p, GridUnit grid) {
        if (grid == null) {
            return;
        }
        put(p, GRID, grid.id());
        put(p, GRID + ".en", grid.name());
        if (grid.names() != null) {
            grid.names().forEach((tag, name) -> put(p, GRID + "." + tag, name));
        }
    }

    private static void department(Map<String, String> p, String code, String carriedName) {
        put(p, DEPARTMENT, code);
        put(p, DEPARTMENT_NAME, carriedName);
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }
}
