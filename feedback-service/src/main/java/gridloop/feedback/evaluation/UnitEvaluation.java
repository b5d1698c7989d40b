package gridloop.feedback.evaluation;

/** The figures of one unit for one period; rates are fractions 0–1, null where nothing was measured. */
public record UnitEvaluation(String unitId, String unitName, long received, long closed, Double closureRate,
        long resolved, Double onTimeRate, Double meanHoursToClose, long reopened, Double reopenRate,
        Double meanSatisfaction, Double satisfiedRate, long ratings) {
}
