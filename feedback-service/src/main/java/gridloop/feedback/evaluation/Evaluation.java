package gridloop.feedback.evaluation;

import java.time.Instant;
import java.util.List;

/** A ranking of the units of one level for appeals submitted in [from, to), best first. */
public record Evaluation(String level, Instant from, Instant to, List<UnitEvaluation> items) {
}
