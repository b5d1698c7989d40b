package gridloop.localstack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How the local stack starts a server from its self-contained jar (on this JVM's java, its output appended to a log)
 * and ends a process it started: SIGTERM, then SIGKILL if it has not gone after the grace.
 */
final class ChildProcesses {

    private ChildProcesses() {
    }

    static Process startJar(java.util.List<String> jvmOptions, java.nio.file.Path jar, java.util.List<String> arguments,
            java.nio.file.Path log) throws java.io.IOException {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /**
     * Waits between two probes of a starting server: on the process itself, so that a crash ends the wait at once
     * (the caller's next look sees it gone).
     */
    static void awaitExitOrTimeout(Process starting, Duration between) {
        try {
            starting.onExit().get(between.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stillStarting) {
            // expected: probe again
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Cannot watch the process " + starting.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a server started", e);
        }
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
