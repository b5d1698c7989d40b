package gridloop.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's profile tooling on this JVM: a recording of known work becomes a flame graph that shows it. */
class FlameGraphSvgTest {

    @Test
    void aRecordedHotMethodIsInTheGraphAndItsCpuIsCounted(@TempDir Path dir) throws Exception {
        Path jfr = dir.resolve("burn.jfr");
        long cpuBefore = CpuTime.ofProcess(ProcessHandle.current().pid());
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            long sum = burnCpuForAWhile();
            recording.stop();
            recording.dump(jfr);
            assertTrue(sum != 42, "the work is not optimised away");
        }
        Path svg = dir.resolve("burn.svg");
        long samples = FlameGraphSvg.write(jfr, svg, "burn <test>");
        String graph = Files.readString(svg);
        assertTrue(samples > 10, samples + " samples");
        assertTrue(graph.startsWith("<svg") && graph.endsWith("</svg>\n"), "a whole SVG document");
        assertTrue(graph.contains("FlameGraphSvgTest.burnCpuForAWhile [gridloop.systemtest]"), "the hot method has a box");
        assertTrue(graph.contains("burn &lt;test&gt;"), "the title is escaped");
        assertTrue(CpuTime.ofProcess(ProcessHandle.current().pid()) - cpuBefore >= 300, "this process's CPU counted");
    }

    private static long burnCpuForAWhile() {
        long end = System.nanoTime() + Duration.ofMillis(600).toNanos();
        long sum = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                sum += Long.rotateLeft(sum ^ i, 7) * 31;
            }
        }
        return sum;
    }
}
