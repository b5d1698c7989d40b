package gridloop.events.lifecycle;

import gridloop.events.EventType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle as a Mermaid state diagram, drawn from {@link AppealLifecycle} itself: docs/architecture.md holds
 * its output, and a test fails when the two differ, so the picture cannot drift from the rule.
 */
public final class LifecycleDiagram {

    private LifecycleDiagram() {
    }

    public static String mermaid() {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (AppealStatus from : AppealStatus.values()) {
            for (EventType type : EventType.values()) {
                Transition transition = AppealLifecycle.next(from, type);
                if (!transition.ignored() && transition.status() != from) {
                    edges.computeIfAbsent("    " + from + " --> " + transition.status(), edge -> new ArrayList<>())
                            .add(shortName(type));
                }
            }
        }
        StringBuilder diagram = new StringBuilder("stateDiagram-v2\n    [*] --> SUBMITTED\n");
        edges.forEach((edge, types) -> diagram.append(edge).append(" : ").append(String.join(", ", types))
                .append('\n'));
        return diagram.toString();
    }

    /** gridloop.appeal.sent-back.v1 → sent-back */
    private static String shortName(EventType type) {
        String ceType = type.ceType();
        return ceType.substring("gridloop.appeal.".length(), ceType.lastIndexOf('.'));
    }
}
