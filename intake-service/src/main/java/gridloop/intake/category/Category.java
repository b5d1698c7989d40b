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
    /** In English. */
    public String name;
    /** In Chinese, the district's language. */
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "accept_within_hours")
    public int acceptWithinHours;
    @Column(name = "resolve_within_hours")
    public int resolveWithinHours;
    @Column(name = "escalation_department")
    public String escalationDepartment;
    @Column(name = "sort_order")
    public int sortOrder;
}
