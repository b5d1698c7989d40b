package gridloop.dispatch.roster;

import gridloop.events.rules.Shift;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/** A person on the roster: their grid (none for a community backup), their shift and current load. */
@Entity
@Table(name = "grid_worker")
public class GridWorker extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    @Column(name = "grid_id")
    public String gridId;
    @Column(name = "community_id")
    public String communityId;
    @Column(name = "community_backup")
    public boolean communityBackup;
    /** ISO day numbers, 1 = Monday, e.g. {@code 12345}. */
    @Column(name = "shift_days")
    public String shiftDays;
    /** Minutes of the local day, [start, end). */
    @Column(name = "shift_start")
    public int shiftStart;
    @Column(name = "shift_end")
    public int shiftEnd;
    @Column(name = "open_tasks")
    public int openTasks;
    @Column(name = "last_assigned_at")
    public Instant lastAssignedAt;

    /** The worker's shift: when they are on duty is its rule. */
    public Shift shift() {
        return new Shift(shiftDays, shiftStart, shiftEnd);
    }

    public boolean onDutyAt(Instant at, ZoneId zone) {
        return shift().onDutyAt(at, zone);
    }

    /** When the worker is next expected (see {@link Shift#nextStartAfter}). */
    public Instant nextShiftStart(Instant at, ZoneId zone) {
        return shift().nextStartAfter(at, zone);
    }
}
