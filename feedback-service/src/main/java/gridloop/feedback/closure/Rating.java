package gridloop.feedback.closure;

import gridloop.events.AppealRated;
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
    /** APP, LINK or CALLBACK ({@link AppealRated}); null in rows from before it was kept: APP. */
    public String source;

    /**
     * Whether this rating counts as satisfied: the contract's rule ({@link AppealRated#isSatisfied}). (The migration
     * V3 back-filled the counters of older rows once with the same threshold; applied migrations are history.)
     */
    public boolean satisfied() {
        return AppealRated.isSatisfied(satisfaction);
    }

    public record Key(UUID appealId, int round) implements Serializable {
    }
}
