package gridloop.feedback.evaluation;

/** The units an evaluation ranks, and the columns of feedback's appeal view that name them. */
public enum EvaluationLevel {
    GRID("grid_id", "grid_name"),
    COMMUNITY("community_id", "community_name"),
    STREET("street_id", "street_name"),
    DEPARTMENT("department", "department_name");

    private final String idColumn;
    private final String nameColumn;

    EvaluationLevel(String idColumn, String nameColumn) {
        this.idColumn = idColumn;
        this.nameColumn = nameColumn;
    }

    String idColumn() {
        return idColumn;
    }

    String nameColumn() {
        return nameColumn;
    }
}
