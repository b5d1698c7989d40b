package gridloop.localstack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How the local stack ends a process it started: SIGTERM, then SIGKILL if it has not gone after the grace. */
final class ChildProcesses {

    private ChildProcesses() {
    }

    static void stop(Process running, Duration grace) {
        running.destroy();
        try {
            if (!running.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }
}
