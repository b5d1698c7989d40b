package gridloop.intake.appeal;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Human references {@code BQ-yyyyMMdd-NNNNNN}, numbered per day in the district's time zone.
 *
 * <p>The day's counter is a database row, so several instances never collide. An instance takes a block of
 * numbers at a time (an increment of the row by the block size, committed on its own) and hands them out from
 * memory: one round trip per block instead of one per submission, and the row's lock held for one statement
 * per block. The costs are accepted: an instance that stops leaves the rest of its block unused (a gap), and
 * with several instances the numbers of one day are unique and increasing per instance but interleave across
 * them. References were never dense: a rolled-back submission leaves a gap too.
 */
@ApplicationScoped
public class ReferenceGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ReferenceCounterStatements counter;
    private final String prefix;
    private final ZoneId zone;
    private final int blockSize;
    /** The numbers this instance holds: guarded by {@code this}. */
    private Block block;

    ReferenceGenerator(ReferenceCounterStatements counter, @ConfigProperty(name = "gridloop.reference-prefix", defaultValue = "BQ") String prefix,
            @ConfigProperty(name = "gridloop.district-zone", defaultValue = "Asia/Shanghai") ZoneId zone,
            @ConfigProperty(name = "gridloop.reference-block", defaultValue = "50") int blockSize) {
        this.counter = counter;
        this.prefix = prefix;
        this.zone = zone;
        this.blockSize = blockSize;
    }

    /** From the block in hand, or from a new one (a statement of its own, whatever transaction the caller is in). */
    public Uni<String> next(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        synchronized (this) {
            if (block != null && block.day.equals(day) && block.next <= block.last) {
                return Uni.createFrom().item(format(day, block.next++));
            }
        }
        return counter.takeBlock(day, blockSize)
                .map(last -> {
                    long first = last - blockSize + 1;
                    // The caller takes the first number of its block. The rest replaces the block in hand unless
                    // a concurrent caller already put a fresh one there (then this rest is a gap).
                    synchronized (this) {
                        if (block == null || !block.day.equals(day) || block.next > block.last) {
                            block = new Block(day, first + 1, last);
                        }
                    }
                    return format(day, first);
                });
    }

    private String format(LocalDate day, long number) {
        return String.format("%s-%s-%06d", prefix, DAY.format(day), number);
    }

    private static final class Block {
        final LocalDate day;
        long next;
        final long last;

        Block(LocalDate day, long next, long last) {
            this.day = day;
            this.next = next;
            this.last = last;
        }
    }
}
