package gridloop.intake.category;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "accept_within_hours")
    public int acceptWithinHours;
    @Column(name = "resolve_within_hours")
    public int resolveWithinHours;
    @Column(name = "escalation_department")
    public String escalationDepartment;
    @Column(name = "sort_order")
    public int sortOrder;
}
