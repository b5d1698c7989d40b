package gridloop.dispatch.roster;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A city department that takes escalated appeals. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {
    @Id
    public String code;
    public String name;

    /** The department's name for an event, or its code if the roster no longer has it. */
    public static Uni<String> nameOf(String code) {
        return Department.<Department>findById(code).map(department -> department == null ? code : department.name);
    }
}
