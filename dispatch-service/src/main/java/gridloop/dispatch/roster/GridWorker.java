package gridloop.dispatch.roster;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

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

    public boolean onDutyAt(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        DayOfWeek day = local.getDayOfWeek();
        int minute = local.getHour() * 60 + local.getMinute();
        return shiftDays.indexOf(Character.forDigit(day.getValue(), 10)) >= 0
                && minute >= shiftStart && minute < shiftEnd;
    }

    /**
     * When the worker's next shift starts after {@code at} (a shift under way does not count: this is when they are
     * next expected), or null for a roster row without shift days.
     */
    public Instant nextShiftStart(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        for (int days = 0; days <= 7; days++) {
            ZonedDateTime day = local.toLocalDate().plusDays(days).atStartOfDay(zone);
            ZonedDateTime start = day.plusMinutes(shiftStart);
            if (shiftDays.indexOf(Character.forDigit(day.getDayOfWeek().getValue(), 10)) >= 0 && start.isAfter(local)) {
                return start.toInstant();
            }
        }
        return null;
    }
}
