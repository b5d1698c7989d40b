package gridloop.feedback.evaluation;

/** The figures of one unit for one period; rates are fractions 0–1, null where nothing was measured. */
public record UnitEvaluation(String unitId, String unitName, long received, long responded, Double responseRate,
        long closed, Double closureRate, long resolved, Double onTimeRate, Double meanHoursToClose,
        Double p90HoursToClose, long reopened, Double reopenRate,
        Double meanSatisfaction, Double satisfiedRate, long ratings) {
}
