package gridloop.intake.returnvisit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An appeal in the hotline's return-visit queue (回访), or one that left it and why. */
@Entity
@Table(name = "callback")
public class Callback extends PanacheEntityBase {
    @Id
    @Column(name = "appeal_id")
    public UUID appealId;
    @Column(name = "entered_at")
    public Instant enteredAt;
    @Column(name = "no_answers")
    public int noAnswers;
    @Column(name = "left_at")
    public Instant leftAt;
    /** REACHED, REFUSED, NO_ANSWER (three times), RATED, CLOSED. */
    @Column(name = "left_because")
    public String leftBecause;
}
