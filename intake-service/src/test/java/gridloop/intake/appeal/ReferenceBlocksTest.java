package gridloop.intake.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * References come from blocks of the day's counter: two instances drawing at once (two generators on one
 * database) never hand out the same number, each hands out increasing numbers, and a new day starts at 1.
 */
@QuarkusTest
class ReferenceBlocksTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Pool pool;

    @Test
    void twoInstancesDrawingAtOnceShareNoNumberAndEachCountsUp() {
        // A day of its own, far from the days other tests submit on.
        Instant day = Instant.parse("2031-03-14T02:00:00Z");
        ReferenceGenerator first = new ReferenceGenerator(new ReferenceCounterStatements(pool), "BQ", ZONE, 3);
        ReferenceGenerator second = new ReferenceGenerator(new ReferenceCounterStatements(pool), "BQ", ZONE, 3);
        List<Uni<String>> draws = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            draws.add(first.next(day));
            draws.add(second.next(day));
        }
        List<String> references = Uni.join().all(draws).andFailFast().await().atMost(Duration.ofSeconds(30));
        Set<String> distinct = new HashSet<>(references);
        assertEquals(80, distinct.size(), "a number handed out twice: " + references);
        assertTrue(references.stream().allMatch(r -> r.matches("BQ-20310314-\\d{6}")), references.toString());
        assertIncreasing(first, day);
        assertIncreasing(second, day);

        String nextDay = first.next(Instant.parse("2031-03-15T02:00:00Z")).await().atMost(Duration.ofSeconds(10));
        assertEquals("BQ-20310315-000001", nextDay);
    }

    private static void assertIncreasing(ReferenceGenerator generator, Instant day) {
        long previous = 0;
        for (int i = 0; i < 7; i++) {
            String reference = generator.next(day).await().atMost(Duration.ofSeconds(10));
            long number = Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
            assertTrue(number > previous, reference + " after " + previous);
            previous = number;
        }
    }
}
