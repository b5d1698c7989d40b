package gridloop.dispatch.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whom an assignment prefers, now that the rows come back in id order (the lock order) and are sorted here. */
class WorkerPreferenceTest {

    @Test
    void fewestOpenTasksThenLongestIdleThenId() {
        Instant t = Instant.parse("2031-01-01T08:00:00Z");
        List<GridWorker> expected = List.of(
                worker("w-z", 0, null),                  // never assigned and free: first
                worker("w-a", 0, t),
                worker("w-b", 0, t),                     // same load and idle time: by id
                worker("w-c", 0, t.plusSeconds(60)),     // idle for less
                worker("w-d", 1, null),
                worker("w-e", 3, t.minusSeconds(3600)));
        List<GridWorker> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(expected.stream().map(w -> w.id).toList(),
                WorkerRepository.preferredFirst(shuffled).stream().map(w -> w.id).toList());
    }

    private static GridWorker worker(String id, int openTasks, Instant lastAssignedAt) {
        GridWorker worker = new GridWorker();
        worker.id = id;
        worker.openTasks = openTasks;
        worker.lastAssignedAt = lastAssignedAt;
        return worker;
    }
}
