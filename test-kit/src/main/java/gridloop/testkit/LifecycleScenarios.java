package gridloop.testkit;

import gridloop.events.Actor;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealOverdue;
import gridloop.events.AppealRated;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealRejected;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealWithdrawn;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.events.lifecycle.AppealStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Event sequences of one appeal as they happen, each with the status a resident, a feedback reader and an operator
 * must all see at the end. Each read model's test feeds them to its projector shuffled and with copies
 * ({@link #arrivals}), so the three projectors are held to the same answers. The expected statuses are written
 * here by hand, not computed by the lifecycle they check.
 */
public final class LifecycleScenarios {

    /** One story: the events in the order they happened (one second apart), and the status it ends in. */
    public record Scenario(String name, AppealStatus expected, List<Function<Step, AppealEvent>> happened) {

        /** The events for one appeal, the first at {@code start}. */
        public List<AppealEvent> events(UUID appealId, Instant start) {
            List<AppealEvent> events = new ArrayList<>();
            for (int i = 0; i < happened.size(); i++) {
                events.add(happened.get(i).apply(new Step(appealId, start.plusSeconds(i))));
            }
            return events;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The appeal and the time of one event. */
    public record Step(UUID appealId, Instant at) {
    }

    private static final Actor SYSTEM = Actor.system("lifecycle-scenarios");
    private static final Actor OPERATOR = new Actor("operator", "op-1");
    private static final GridUnit STREET = new GridUnit("bq", "Biquan");
    private static final GridUnit COMMUNITY = new GridUnit("hualong", "Hualong");
    private static final GridUnit GRID = new GridUnit("hualong-g1", "Hualong grid 1");

    private LifecycleScenarios() {
    }

    public static List<Scenario> all() {
        return List.of(
                new Scenario("accepted, then reassigned by an operator", AppealStatus.ASSIGNED,
                        List.of(LifecycleScenarios::submitted, LifecycleScenarios::assigned,
                                LifecycleScenarios::accepted, LifecycleScenarios::reassigned)),
                new Scenario("withdrawn before dispatch knew", AppealStatus.WITHDRAWN,
                        List.of(LifecycleScenarios::submitted, LifecycleScenarios::withdrawn,
                                LifecycleScenarios::assigned, LifecycleScenarios::accepted)),
                new Scenario("fixed, rated and closed", AppealStatus.CLOSED,
                        List.of(LifecycleScenarios::submitted, LifecycleScenarios::assigned,
                                LifecycleScenarios::overdue, LifecycleScenarios::accepted,
                                LifecycleScenarios::resolved, step -> rated(step, true), LifecycleScenarios::closed)),
                new Scenario("not fixed, reopened and handed over", AppealStatus.ASSIGNED,
                        List.of(LifecycleScenarios::submitted, LifecycleScenarios::assigned,
                                LifecycleScenarios::accepted, LifecycleScenarios::resolved,
                                step -> rated(step, false), LifecycleScenarios::reopened,
                                LifecycleScenarios::reassigned)),
                new Scenario("escalated, accepted by the department, sent back", AppealStatus.ASSIGNED,
                        List.of(LifecycleScenarios::submitted, LifecycleScenarios::assigned,
                                LifecycleScenarios::escalated, LifecycleScenarios::accepted,
                                LifecycleScenarios::sentBack)),
                new Scenario("escalated and still with the department", AppealStatus.ESCALATED,
                        List.of(LifecycleScenarios::submitted, LifecycleScenarios::assigned,
                                LifecycleScenarios::escalated, LifecycleScenarios::accepted)),
                new Scenario("a fix reported before the deadline's escalation", AppealStatus.RESOLVED,
                        List.of(LifecycleScenarios::submitted, LifecycleScenarios::assigned,
                                LifecycleScenarios::resolved, LifecycleScenarios::escalated)),
                new Scenario("rejected as a duplicate, closed with its original", AppealStatus.CLOSED,
                        List.of(LifecycleScenarios::submitted, LifecycleScenarios::assigned,
                                LifecycleScenarios::rejectedAsDuplicate, LifecycleScenarios::closedWithOriginal)));
    }

    /**
     * The events as they might arrive: every one, then a copy of every other one, all in an order of the seed's
     * choosing.
     */
    public static List<AppealEvent> arrivals(List<AppealEvent> happened, long seed) {
        List<AppealEvent> arriving = new ArrayList<>(happened);
        for (int i = 0; i < happened.size(); i += 2) {
            arriving.add(happened.get(i));
        }
        Collections.shuffle(arriving, new Random(seed));
        return arriving;
    }

    private static AppealEvent submitted(Step s) {
        return new AppealSubmitted(s.appealId(), "BQ-20261207-" + s.appealId().toString().substring(0, 6), "SANITATION",
                "Overflowing bins", new Location(29.6010, 106.2040, "Hualong Rd 1"), List.of(), "APP", "p-resident",
                new Actor("resident", "p-resident"), s.at());
    }

    private static AppealEvent withdrawn(Step s) {
        return new AppealWithdrawn(s.appealId(), "Withdrawn by the resident", new Actor("resident", "p-resident"),
                s.at());
    }

    private static AppealEvent assigned(Step s) {
        return new AppealAssigned(s.appealId(), STREET, COMMUNITY, GRID, "w-hualong-g1-1", "Zhao Qiang", null,
                s.at().plusSeconds(3600), s.at().plusSeconds(86_400), SYSTEM, s.at());
    }

    private static AppealEvent accepted(Step s) {
        return new AppealAccepted(s.appealId(), "w-hualong-g1-1", new Actor("grid-worker", "w-hualong-g1-1"), s.at());
    }

    private static AppealEvent reassigned(Step s) {
        return new AppealReassigned(s.appealId(), GRID, "w-hualong-g1-1", "w-hualong-g1-2", "Wu Yun", "Closer",
                OPERATOR, s.at(), null);
    }

    private static AppealEvent overdue(Step s) {
        return new AppealOverdue(s.appealId(), "ACCEPT", s.at().minusSeconds(1), SYSTEM, s.at());
    }

    private static AppealEvent escalated(Step s) {
        return new AppealEscalated(s.appealId(), "urban-management", "Urban management", "Needs a truck", false,
                new Actor("grid-worker", "w-hualong-g1-1"), s.at());
    }

    private static AppealEvent sentBack(Step s) {
        return new AppealSentBack(s.appealId(), "urban-management", "Urban management", "NOT_OUR_JURISDICTION", null,
                1, false, new Actor("department", "urban-management"), s.at());
    }

    private static AppealEvent resolved(Step s) {
        return new AppealResolved(s.appealId(), "Bins emptied", List.of(), "Zhao Qiang", 1,
                new Actor("grid-worker", "w-hualong-g1-1"), s.at(), AppealResolved.FIXED, null);
    }

    private static AppealEvent rated(Step s, boolean fixed) {
        return new AppealRated(s.appealId(), fixed ? 5 : 2, fixed, null, 1, new Actor("resident", "p-resident"),
                s.at());
    }

    private static AppealEvent reopened(Step s) {
        return new AppealReopened(s.appealId(), 1, new Actor("resident", "p-resident"), s.at());
    }

    private static AppealEvent closed(Step s) {
        return new AppealClosed(s.appealId(), AppealClosed.BY_RESIDENT, new Actor("resident", "p-resident"), s.at());
    }

    private static AppealEvent rejectedAsDuplicate(Step s) {
        return new AppealRejected(s.appealId(), AppealRejected.DUPLICATE, null, OPERATOR, s.at(), ORIGINAL);
    }

    private static AppealEvent closedWithOriginal(Step s) {
        return new AppealClosed(s.appealId(), AppealClosed.BY_ORIGINAL, SYSTEM, s.at(), ORIGINAL, "BQ-20261207-000001");
    }

    /** The original a duplicate is merged into; no read model knows it, so nothing else closes with it. */
    private static final UUID ORIGINAL = UUID.fromString("00000000-0000-4000-8000-00000000c0de");
}
