package gridloop.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory, read from /proc, as the benchmarks print it. */
final class Rss {

    private Rss() {
    }

    static String megabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return String.format("%.0f MB", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
            }
        }
        return "n/a";
    }
}
