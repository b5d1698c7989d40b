package gridloop.intake.appeal;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Human references {@code BQ-yyyyMMdd-NNNNNN}, numbered per day in the district's time zone. The counter
 * is a database row incremented under its row lock, so concurrent submissions (and several instances)
 * never collide; a rolled-back submission may leave a gap, which is fine.
 */
@ApplicationScoped
public class ReferenceGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final String prefix;
    private final ZoneId zone;

    ReferenceGenerator(@ConfigProperty(name = "gridloop.reference-prefix", defaultValue = "BQ") String prefix,
            @ConfigProperty(name = "gridloop.district-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.prefix = prefix;
        this.zone = zone;
    }

    /** Must run inside the submission's transaction. */
    public Uni<String> next(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into appeal_reference_counter (day, last_value) values (:day, 1)"
                                + " on conflict (day) do update set last_value = appeal_reference_counter.last_value + 1"
                                + " returning last_value", Integer.class)
                .setParameter("day", day)
                .getSingleResult())
                .map(number -> String.format("%s-%s-%06d", prefix, DAY.format(day), number));
    }
}
