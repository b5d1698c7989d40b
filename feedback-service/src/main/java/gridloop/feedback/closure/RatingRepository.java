package gridloop.feedback.closure;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The ratings, one per closure round. */
@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<Rating, Rating.Key> {

    public Uni<Rating> add(Rating rating) {
        return persist(rating);
    }
}
