package gridloop.feedback.department;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code department_part} rows: each department an appeal was escalated to, and when it reported in, sent
 * the appeal back and did its part. Every write keeps the first time it saw, so a repeated or late event changes
 * nothing.
 */
@ApplicationScoped
public class DepartmentPartStatements {

    public enum Role { LEAD, ASSISTING }

    /** The department is now engaged on the appeal; a lead stays lead, an assisting one named lead becomes lead. */
    public Uni<Void> engaged(UUID appealId, String department, String departmentName, Role role, Instant at) {
        return update("""
                insert into department_part (appeal_id, department, department_name, role, escalated_at)
                values (:appeal, :department, :name, :role, :at)
                on conflict (appeal_id, department) do update set
                    department_name = coalesce(excluded.department_name, department_part.department_name),
                    role = case when excluded.role = 'LEAD' then 'LEAD' else department_part.role end,
                    escalated_at = least(department_part.escalated_at, excluded.escalated_at)
                """, Map.of("appeal", appealId, "department", department, "name", nameOr(departmentName, department),
                "role", role.name(), "at", at));
    }

    public Uni<Void> reportedIn(UUID appealId, String department, Instant at) {
        return stamp("reported_in_at", appealId, department, at, "");
    }

    public Uni<Void> sentBack(UUID appealId, String department, Instant at) {
        return stamp("sent_back_at", appealId, department, at, "");
    }

    /** An assisting department reported its part. */
    public Uni<Void> partReported(UUID appealId, String department, Instant at) {
        return stamp("done_at", appealId, department, at, " and role = 'ASSISTING'");
    }

    /** A closure was reported while the department leads: the lead's part is done. */
    public Uni<Void> closureReported(UUID appealId, String department, Instant at) {
        return stamp("done_at", appealId, department, at, " and role = 'LEAD'");
    }

    private static Uni<Void> stamp(String column, UUID appealId, String department, Instant at, String condition) {
        return update("update department_part set " + column + " = :at where appeal_id = :appeal"
                + " and department = :department and " + column + " is null" + condition,
                Map.of("appeal", appealId, "department", department, "at", at));
    }

    private static Uni<Void> update(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    private static String nameOr(String name, String code) {
        return name == null ? code : name;
    }
}
