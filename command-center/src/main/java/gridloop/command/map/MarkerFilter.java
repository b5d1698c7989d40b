package gridloop.command.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The operator's filters and the map's view as one SQL condition on {@code appeal_marker} (open appeals only),
 * with its parameters in order ($1, $2, ...).
 */
public record MarkerFilter(double west, double south, double east, double north, String status, String category,
        String community, String grid, Boolean overdue, String department, boolean operatorsQueue) {

    /** The overdue rule of {@code AppealMarker#overdue()}, in SQL, for appeals that are open. */
    public static final String OVERDUE_SQL = "(overdue_since is not null and status not in ('RESOLVED'))";

    public record Sql(String where, List<Object> parameters) {
    }

    public Sql toSql() {
        List<Object> parameters = new ArrayList<>(List.of(west, south, east, north));
        StringBuilder where = new StringBuilder(
                "is_open and latitude is not null and point(longitude, latitude) <@ box(point($1, $2), point($3, $4))");
        add(where, parameters, "status", status);
        add(where, parameters, "category", category);
        add(where, parameters, "community_id", community);
        add(where, parameters, "grid_id", grid);
        add(where, parameters, "department", department);
        if (overdue != null) {
            where.append(overdue ? " and " : " and not ").append(OVERDUE_SQL);
        }
        if (operatorsQueue) {
            where.append(" and queue = 'OPERATORS'");
        }
        return new Sql(where.toString(), parameters);
    }

    private static void add(StringBuilder where, List<Object> parameters, String column, String value) {
        if (value != null && !value.isBlank()) {
            parameters.add(value);
            where.append(" and ").append(column).append(" = $").append(parameters.size());
        }
    }
}
