package gridloop.feedback.closure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The resident's verdict on one closure round. */
@Entity
@Table(name = "rating")
@IdClass(Rating.Key.class)
public class Rating extends PanacheEntityBase {
    @Id
    @Column(name = "appeal_id")
    public UUID appealId;
    @Id
    public int round;
    public int satisfaction;
    public boolean resolved;
    public String comment;
    @Column(name = "rated_at")
    public Instant ratedAt;

    public record Key(UUID appealId, int round) implements Serializable {
    }
}
