package gridloop.dispatch.roster;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A grid worker as the apps list them: the roster's shift, whether they are on duty now (by the district's clock)
 * and when their next shift starts, so that a reassignment does not land on someone asleep unnoticed.
 */
public record WorkerView(String id, String name, String gridId, String communityId, boolean communityBackup,
        String shiftDays, String shiftStart, String shiftEnd, int openTasks, boolean onDuty, Instant nextShiftStart) {

    static WorkerView of(GridWorker worker, Instant now, ZoneId zone) {
        return new WorkerView(worker.id, worker.name, worker.gridId, worker.communityId, worker.communityBackup,
                worker.shiftDays, clock(worker.shiftStart), clock(worker.shiftEnd), worker.openTasks,
                worker.onDutyAt(now, zone), worker.nextShiftStart(now, zone));
    }

    private static String clock(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
