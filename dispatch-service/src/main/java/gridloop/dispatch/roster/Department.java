package gridloop.dispatch.roster;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import gridloop.support.i18n.Languages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A city department that takes escalated appeals. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {
    @Id
    public String code;
    /** In English. */
    public String name;
    /** In Chinese, the district's language. */
    @Column(name = "name_zh")
    public String nameZh;

    /** Its name in the reader's language: Chinese when asked and known, English otherwise. */
    public String nameIn(Locale language) {
        return Languages.nameIn(language, name, nameZh);
    }
}
