package gridloop.events;

import gridloop.events.rules.Shift;
import java.time.Instant;
import java.util.List;

/**
 * The grid workers dispatch's roster puts on a grid, one message per grid on the compacted
 * {@code gridloop.grid-rosters} topic (key: the grid's id), so a reader of the topic's latest records knows who
 * works where: the registry shows a household's contact to the worker of its grid only. Staff, never residents;
 * an empty {@code workers} list means nobody works the grid any more.
 */
public record GridRosterInForce(String gridId, String communityId, List<Worker> workers, Instant occurredAt)
        implements GridLoopEvent {

    /** A worker on the grid: roster id, name, and the shift (ISO days, e.g. {@code 12345}; minutes of the day). */
    public record Worker(String workerId, String name, String shiftDays, int shiftStart, int shiftEnd) {

        /** The worker's shift, which says when they are on duty. */
        public Shift shift() {
            return new Shift(shiftDays, shiftStart, shiftEnd);
        }
    }

    @Override
    public String subject() {
        return gridId;
    }
}
