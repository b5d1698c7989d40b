package gridloop.dispatch.roster;

/** A grid worker as the apps list them. */
public record WorkerView(String id, String name, String gridId, String communityId, boolean communityBackup,
        String shiftDays, String shiftStart, String shiftEnd, int openTasks) {

    static WorkerView of(GridWorker worker) {
        return new WorkerView(worker.id, worker.name, worker.gridId, worker.communityId, worker.communityBackup,
                worker.shiftDays, clock(worker.shiftStart), clock(worker.shiftEnd), worker.openTasks);
    }

    private static String clock(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
