package gridloop.systemtest;

import gridloop.testkit.Tokens;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The fault run at scale, for {@code bench/fault-run.sh}: a stream of {@code -Dgridloop.faults.appeals}
 * (10,000) appeals through intake while dispatch is SIGKILLed and restarted (at a quarter) and the broker is
 * stopped (at half) while another tenth is accepted, then the counts of {@link LoopLedger} as a table. Skipped unless
 * {@code -Dgridloop.benchmark=true}; the class name keeps it out of the normal test run.
 */
@EnabledIfSystemProperty(named = "gridloop.benchmark", matches = "true")
class FaultRunAtScale {

    @Test
    void tenThousandAppealsThroughAKillAndABrokerOutage() throws Exception {
        int appeals = Integer.getInteger("gridloop.faults.appeals", 10_000);
        RunningSystem system = RunningSystem.shared();
        long start = System.nanoTime();
        Set<String> ids;
        try (AppealStream stream = new AppealStream(system.intake.url(), system.token(Tokens.RESIDENT), appeals, Duration.ofMillis(2)).start()) {
            stream.awaitAccepted(appeals / 4, Duration.ofMinutes(10));
            system.dispatch.kill();
            system.dispatch.start();
            stream.awaitAccepted(appeals / 2, Duration.ofMinutes(10));
            system.broker.stop();
            // The outage lasts while another tenth of the stream is accepted.
            stream.awaitAccepted(stream.acceptedSoFar() + appeals / 10, Duration.ofMinutes(10));
            system.broker.start();
            ids = stream.awaitAccepted(Duration.ofMinutes(30));
            System.out.printf("%nStream of %,d appeals sent in %.0f s; not accepted: %s%n", appeals,
                    (System.nanoTime() - start) / 1e9, stream.refused());
        }
        LoopLedger.Counts counts = new LoopLedger(system).settle(ids, Duration.ofMinutes(15));
        System.out.printf("Settled %.0f s after the start%n%s%n", (System.nanoTime() - start) / 1e9, counts.table());
        new LoopLedger(system).assertEachAssignedExactlyOnce(ids);
    }
}
