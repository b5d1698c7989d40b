package gridloop.feedback.evaluation;

/** The units an evaluation ranks; the names are the {@code level} values of the rollup tables. */
public enum EvaluationLevel {
    GRID, COMMUNITY, STREET, DEPARTMENT
}
