package gridloop.feedback.closure;

import gridloop.support.persistence.StringListConverter;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The handler's report for one closure round. */
@Entity
@Table(name = "closure")
@IdClass(Closure.Key.class)
public class Closure extends PanacheEntityBase {
    @Id
    @Column(name = "appeal_id")
    public UUID appealId;
    @Id
    public int round;
    public String resolution;
    @Column(name = "media_urls")
    @Convert(converter = StringListConverter.class)
    public List<String> mediaUrls;
    @Column(name = "handled_by")
    public String handledBy;
    @Column(name = "reported_at")
    public Instant reportedAt;
    /** FIXED, NOT_FIXABLE or NOT_RESPONSIBLE. */
    public String outcome;
    @Column(name = "outcome_reason")
    public String outcomeReason;

    public record Key(UUID appealId, int round) implements Serializable {
    }
}
