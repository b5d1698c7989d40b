package gridloop.intake.appeal;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Human references {@code BQ-yyyyMMdd-NNNNNN}, numbered per day in the district's time zone. The counter
 * is a database row incremented under its row lock, so concurrent submissions (and several instances)
 * never collide. The increment commits on its own, outside the submission's transaction: held until that
 * transaction's commit, the day's row lock made every submission wait for the one before it (about 30
 * appeals/s at most, see the loop benchmark). A rolled-back submission leaves a gap, which is fine.
 */
@ApplicationScoped
public class ReferenceGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Pool pool;
    private final String prefix;
    private final ZoneId zone;

    ReferenceGenerator(Pool pool, @ConfigProperty(name = "gridloop.reference-prefix", defaultValue = "BQ") String prefix,
            @ConfigProperty(name = "gridloop.district-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.pool = pool;
        this.prefix = prefix;
        this.zone = zone;
    }

    /** A statement of its own (autocommit), whatever transaction the caller is in. */
    public Uni<String> next(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return pool.preparedQuery("insert into appeal_reference_counter (day, last_value) values ($1, 1)"
                        + " on conflict (day) do update set last_value = appeal_reference_counter.last_value + 1"
                        + " returning last_value")
                .execute(Tuple.of(day))
                .map(rows -> String.format("%s-%s-%06d", prefix, DAY.format(day), rows.iterator().next().getInteger(0)));
    }
}
