package gridloop.dispatch.roster;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A city department that takes escalated appeals. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {
    @Id
    public String code;
    /** In English, as events carry it. A reader's name comes from the contract's catalogue (DistrictWords). */
    public String name;
}
