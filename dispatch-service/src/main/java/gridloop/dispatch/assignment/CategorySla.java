package gridloop.dispatch.assignment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Dispatch's view of a category: its SLA clocks and the department it escalates to. */
@Entity
@Table(name = "category_sla")
public class CategorySla extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "accept_within_hours")
    public int acceptWithinHours;
    @Column(name = "resolve_within_hours")
    public int resolveWithinHours;
    public String department;
    /** How long the department an appeal of this category is escalated to has to report in. */
    @Column(name = "report_in_within_minutes")
    public int reportInWithinMinutes;
    /** The department must respond at once, alongside the grid worker (e.g. fire hazards). */
    @Column(name = "department_first")
    public boolean departmentFirst;

    /** The category's report-in window; 2 hours for a category dispatch has no row for (none ships without one). */
    public static java.time.Duration reportInWithin(CategorySla sla) {
        return sla == null ? java.time.Duration.ofHours(2) : java.time.Duration.ofMinutes(sla.reportInWithinMinutes);
    }
}
