package gridloop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real mail server on this machine: GreenMail (Maven Central {@code com.icegreen:greenmail-standalone}) with SMTP,
 * where intake sends the residents' notifications, and IMAP, where any mail client (and the tests) reads what was
 * sent. Run from its self-contained jar as a process of its own. Sign-in is not checked: the first IMAP login as an
 * address, with any password, opens that address's mailbox. Mail lives in memory: a restart empties the boxes.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(50);

    private final int smtpPort;
    private final int imapPort;
    private final int apiPort;
    private final Path dataDir;
    private volatile Process process;

    public EmbeddedMailServer(int smtpPort, int imapPort, Path dataDir) {
        this.smtpPort = FreePorts.orPick(smtpPort);
        this.imapPort = FreePorts.orPick(imapPort);
        this.apiPort = FreePorts.pick();
        this.dataDir = dataDir;
    }

    public synchronized EmbeddedMailServer start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            Files.createDirectories(dataDir);
            process = ChildProcesses.startJar(List.of("-Xmx96m", "-XX:TieredStopAtLevel=1",
                    "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                    "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + imapPort,
                    // Its REST API would take 8080, the command centre's port, if not told otherwise.
                    "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                    "-Dgreenmail.auth.disabled"), jar(), List.of(), dataDir.resolve("greenmail.log"));
            awaitListening(smtpPort);
            awaitListening(imapPort);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void stop() {
        Process running = process;
        process = null;
        if (running != null) {
            ChildProcesses.stop(running, Duration.ofSeconds(10));
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public long pid() {
        Process running = process;
        return running == null ? -1 : running.pid();
    }

    private void awaitListening(int port) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("GreenMail exited with " + process.exitValue() + "; see "
                        + dataDir.resolve("greenmail.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                ChildProcesses.awaitExitOrTimeout(process, PROBE_INTERVAL);
            }
        }
        stop();
        throw new IllegalStateException("GreenMail did not listen on port " + port + " within " + START_TIMEOUT);
    }

    /** {@code GRIDLOOP_GREENMAIL_JAR} if set, else the jar this module's build brought into the local repository. */
    static Path jar() {
        return StandaloneJars.of("greenmail.jar", "GRIDLOOP_GREENMAIL_JAR");
    }
}
