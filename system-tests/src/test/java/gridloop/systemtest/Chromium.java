package gridloop.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium, headless, driven by Playwright (which downloads no browser here: apt-get install chromium;
 * .ci/run does). The browser tests' one way to start it.
 */
final class Chromium implements AutoCloseable {

    private static final Path BINARY = Path.of(System.getProperty("gridloop.chromium", "/usr/bin/chromium"));
    private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;

    Chromium() {
        assertTrue(Files.isExecutable(BINARY), BINARY + " is missing: apt-get install chromium");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** A headless browser with the usual switches and {@code extra} ones (e.g. {@code --lang=zh-CN}). */
    Browser launch(String... extra) {
        List<String> arguments = new ArrayList<>(ARGUMENTS);
        arguments.addAll(List.of(extra));
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(BINARY)
                .setHeadless(true).setArgs(arguments));
    }

    @Override
    public void close() {
        playwright.close();
    }
}
