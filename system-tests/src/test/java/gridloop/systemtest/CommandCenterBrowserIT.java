package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import gridloop.events.Actor;
import gridloop.events.AppealOverdue;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command centre's page in a real browser (headless Debian chromium, driven by Playwright) against the real
 * services: an operator signs in with the authorization code flow and PKCE at the system's provider, sees an
 * appeal a resident submits appear on the map without a reload, filters to overdue, reassigns it from the page
 * (dispatch's task changes), sees a refusal's detail; a grid worker gets the 403 page. The map's screenshot is
 * kept in {@code target/command-centre.png}. A browser set to Chinese gets all of it in Chinese (its screenshot:
 * {@code target/command-centre-zh-CN.png}).
 */
class CommandCenterBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOT = Path.of("target", "command-centre.png");
    private static final Path SCREENSHOT_ZH = Path.of("target", "command-centre-zh-CN.png");
    private static final String GRID = "hualong-g1";

    private static RunningSystem system;
    private static Chromium chromium;
    private static Browser browser;
    private final MovableClock clock = new MovableClock();

    @BeforeAll
    static void startSystemAndBrowser() {
        system = RunningSystem.shared();
        chromium = new Chromium();
        browser = chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOperatorWatchesAnAppealArriveFiltersToOverdueAndReassignsIt() throws Exception {
        // Two appeals ten metres apart at a spot of their own in the grid, so the view at zoom 19 holds only them.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double latitude = 29.5915 + random.nextDouble() * 0.012;
        double longitude = 106.2210 + random.nextDouble() * 0.0045;
        try (BrowserContext context = browser.newContext(english().setViewportSize(1500, 900))) {
            Page page = context.newPage();
            page.onConsoleMessage(message -> System.out.println("browser console: " + message.text()));
            signIn(page, Tokens.OPERATOR);
            // A linked view (#map=zoom/latitude/longitude): at zoom 19 the view holds only this test's appeals.
            page.waitForResponse(response -> response.url().contains("/api/v1/map/appeals?"), () -> page.navigate(
                    system.commandCenter.url() + "/#map=19/" + coordinate(latitude) + "/" + coordinate(longitude)));
            page.waitForSelector("#live.up", timeout());
            // The base layer is the grid map itself: Biquan Street, its 3 communities and 12 grids as outlines.
            await().atMost(WAIT).until(() -> page.locator("#map .leaflet-overlay-pane path").count() >= 16);
            page.evaluate("() => window.samePage = 'no reload since'");

            String overdue = submit(latitude, longitude + 0.00005, "Broken railing on the footbridge");
            String onTime = submit(latitude, longitude - 0.00005, "Streetlight out by the gate");
            long submitted = System.nanoTime();
            Locator marker = page.locator(marker(overdue));
            marker.waitFor(new Locator.WaitForOptions().setTimeout(WAIT.toMillis()));
            System.out.printf("command centre: the marker showed %d ms after the submission was accepted%n",
                    Duration.ofNanos(System.nanoTime() - submitted).toMillis());
            page.locator(marker(onTime)).waitFor(visible());
            assertEquals("no reload since", page.evaluate("() => window.samePage"), "the page was not reloaded");
            await().atMost(WAIT).until(() -> "ASSIGNED".equals(marker.getAttribute("data-status")));

            // Dispatch's SLA clock runs on business hours, which a test cannot wait out: the test publishes the
            // event that clock publishes (its own tests show when), at the test clock's time.
            Instant now = clock.instant();
            system.kafka().sendEvent(new AppealOverdue(UUID.fromString(overdue), "ACCEPT", now.minusSeconds(60),
                    Actor.system("dispatch"), now));
            page.waitForSelector(marker(overdue) + "[data-overdue=true]", timeout());
            page.check("#filters [name=overdue]");
            page.locator(marker(onTime)).waitFor(
                    new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED).setTimeout(WAIT.toMillis()));
            assertEquals(1, page.locator(marker(overdue)).count(), "the overdue one stays");

            // Details, then a refusal (both a worker and a grid) and a reassignment to another worker of the grid.
            page.locator(marker(overdue)).click();
            page.waitForSelector("#details[data-appeal-id='" + overdue + "']", timeout());
            String assignedTo = taskAssignee(overdue);
            String other = otherWorkerOf(GRID, assignedTo);
            page.waitForSelector("#reassign-form [name=assignee] option[value='" + other + "']",
                    timeout().setState(WaitForSelectorState.ATTACHED));
            page.selectOption("#reassign-form [name=assignee]", other);
            page.selectOption("#reassign-form [name=gridId]", GRID);
            page.fill("#reassign-form [name=reason]", "Closer to the footbridge");
            page.click("#reassign-form button[type=submit]");
            page.waitForSelector("#action-result.refused", timeout());
            assertEquals("Give either 'assignee' or 'gridId'", page.textContent("#action-result"));

            page.selectOption("#reassign-form [name=gridId]", "");
            page.click("#reassign-form button[type=submit]");
            if (!onDuty(GRID, other)) {
                // Nobody else in the grid is on duty at this hour: the page asks first (the other test shows it).
                page.waitForSelector("#confirm-off-duty-button", timeout());
                page.click("#confirm-off-duty-button");
            }
            page.waitForSelector("#action-result.done", timeout());
            await().atMost(WAIT).until(() -> other.equals(taskAssignee(overdue)));
            page.waitForSelector("#detail-facts [data-fact=assignee]:has-text('" + other + "')", timeout());
            page.waitForSelector("#feed-items li[data-appeal-id='" + overdue + "'][data-type='gridloop.appeal.reassigned.v1']",
                    timeout());
            assertEquals("no reload since", page.evaluate("() => window.samePage"));

            // The picture for the README: the whole street, its grids shaded, the appeals on it.
            page.uncheck("#filters [name=overdue]");
            page.selectOption("#shade", "overdue");
            page.waitForResponse(response -> response.url().contains("/api/v1/map/appeals?")
                    && response.url().contains("zoom=14"),
                    () -> page.navigate(system.commandCenter.url() + "/#map=14/29.59000/106.22000"));
            Files.createDirectories(SCREENSHOT.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT));
            assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the map in " + SCREENSHOT);
        }
    }

    @Test
    void anOperatorFindsAnAppealByReferenceFollowsAFeedLineAndConfirmsAWorkerOffDuty() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double latitude = 29.5915 + random.nextDouble() * 0.012;
        double longitude = 106.2210 + random.nextDouble() * 0.0045;
        // Both submitted before the page opens: the feed opens with its last lines, theirs among them.
        String photo = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                .contentType("image/jpeg").body(gridloop.testkit.PhonePhotos.jpegWithGps(480, 360))
                .post("/api/v1/photos").then().statusCode(201).extract().path("id");
        Map<String, String> first = submitted(latitude, longitude, "Manhole cover rattles under every car",
                ", \"photos\": [\"" + photo + "\"]");
        String second = submit(latitude + 0.0001, longitude, "Bench slats broken at the bus stop");
        String reference = first.get("reference");
        String id = first.get("id");
        // Until dispatch has assigned both (before that, their tasks are 404) and the command centre knows the first.
        await().atMost(WAIT).ignoreExceptions().until(() -> taskAssignee(second) != null && taskAssignee(id) != null);
        await().atMost(WAIT).until(() -> given().baseUri(system.commandCenter.url())
                .auth().oauth2(system.token(Tokens.OPERATOR)).queryParam("reference", reference).get("/api/v1/appeals")
                .then().statusCode(200).extract().<List<String>>path("appealId").contains(id));
        try (BrowserContext context = browser.newContext(english().setViewportSize(1500, 900))) {
            Page page = context.newPage();
            signIn(page, Tokens.OPERATOR);
            // Every line names its appeal: reference and category.
            page.waitForSelector("#feed-items li[data-appeal-id='" + id + "'] .feed-appeal:has-text('" + reference
                    + " · Damaged public facility')", timeout().setState(WaitForSelectorState.ATTACHED));

            // The reference as the resident reads it out, in any case: the details open, the appeal is marked.
            page.fill("#search [name=q]", reference.toLowerCase(Locale.ROOT));
            page.click("#search button[type=submit]");
            page.waitForSelector("#details[data-appeal-id='" + id + "']", timeout());
            page.waitForSelector("#map .selected-appeal span[data-appeal-id='" + id + "']",
                    timeout().setState(WaitForSelectorState.ATTACHED));
            assertEquals("Manhole cover rattles under every car", page.textContent("#detail-facts [data-fact=description]"));
            assertEquals("Hualong", page.textContent("#detail-facts [data-fact=address]"));
            assertEquals("app", page.textContent("#detail-facts [data-fact=channel]"));
            // The resident's photo, from intake through the command centre with the operator's token: a thumbnail
            // that the browser decoded (320 px wide), marked as the "before".
            String thumbnail = "#detail-facts a.photo[data-photo-id='" + photo + "'][data-stage=SUBMISSION] img";
            page.waitForSelector(thumbnail, timeout());
            page.waitForFunction("s => { const i = document.querySelector(s); return i && i.complete && i.naturalWidth > 0; }",
                    thumbnail, new Page.WaitForFunctionOptions().setTimeout(WAIT.toMillis()));
            assertEquals(320, ((Number) page.evalOnSelector(thumbnail, "i => i.naturalWidth")).intValue());

            // A feed line takes the operator to its appeal: details, and the mark moves there.
            page.locator("#feed-items li[data-appeal-id='" + second + "']").first().click();
            page.waitForSelector("#details[data-appeal-id='" + second + "']", timeout());
            page.waitForSelector("#map .selected-appeal span[data-appeal-id='" + second + "']",
                    timeout().setState(WaitForSelectorState.ATTACHED));
            assertEquals(0, page.locator("#map .selected-appeal span[data-appeal-id='" + id + "']").count());

            // The picker says who is off duty; a reassignment to them asks first, and is done once confirmed.
            String assignedTo = taskAssignee(second);
            String offDuty = offDutyWorkerOf(GRID);
            String option = "#reassign-form [name=assignee] option[value='" + offDuty + "']";
            page.waitForSelector(option, timeout().setState(WaitForSelectorState.ATTACHED));
            assertTrue(page.textContent(option).contains("off duty"), page.textContent(option));
            page.selectOption("#reassign-form [name=assignee]", offDuty);
            page.fill("#reassign-form [name=reason]", "Knows the residents of this block");
            page.click("#reassign-form button[type=submit]");
            page.waitForSelector("#action-result.refused", timeout());
            assertTrue(page.textContent("#action-result").contains("is off duty"), page.textContent("#action-result"));
            page.waitForSelector("#confirm-off-duty-button", timeout());
            assertEquals(assignedTo, taskAssignee(second), "nothing moved without the confirmation");
            page.click("#confirm-off-duty-button");
            page.waitForSelector("#action-result.done", timeout());
            await().atMost(WAIT).until(() -> offDuty.equals(taskAssignee(second)));
        }
    }

    /**
     * A browser whose language is Chinese ({@code --lang=zh-CN}, as a district's desktops are set up): the sign-in,
     * the counters, the filters, an appeal's details and the live feed are in Chinese, times in district time; the
     * switch on the page turns it to English and is remembered. The screenshot is kept in
     * {@code target/command-centre-zh-CN.png} (it needs a CJK font: .ci/run installs fonts-noto-cjk).
     */
    @Test
    void aChineseBrowserGetsTheCommandCentreInChinese() throws Exception {
        Browser chinese = chromium.launch("--lang=zh-CN");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double latitude = 29.5915 + random.nextDouble() * 0.012;
        double longitude = 106.2210 + random.nextDouble() * 0.0045;
        Map<String, String> appeal = submitted(latitude, longitude, "Manhole cover rattles under every car");
        String id = appeal.get("id");
        await().atMost(WAIT).ignoreExceptions().until(() -> taskAssignee(id) != null);
        try (chinese; BrowserContext context = chinese.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1500, 900))) {
            Page page = context.newPage();
            page.navigate(system.commandCenter.url() + "/");
            assertEquals("GridLoop 本地登录", page.textContent("h1"), "the sign-in page: " + page.content());
            page.fill("#username", Tokens.OPERATOR);
            page.fill("#password", Tokens.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(system.commandCenter.url() + "/**", new Page.WaitForURLOptions().setTimeout(WAIT.toMillis()));
            page.waitForSelector("body[data-ready=true]", timeout());

            assertEquals("zh-CN", page.getAttribute("html", "lang"));
            assertEquals("GridLoop 指挥中心", page.textContent("h1"));
            assertEquals("已超期", page.textContent("[data-counter=overdue] span"));
            assertEquals("今日分派", page.textContent("[data-counter=assignedToday] span"));
            assertEquals("显示诉求", page.textContent("#filters legend"));
            assertEquals("电梯故障", page.textContent("#filters [name=category] option[value=ELEVATOR_FAULT]"));
            // The status options are worded, not codes.
            assertEquals("已分派", page.textContent("#filters [name=status] option[value=ASSIGNED]"));
            assertEquals("实时动态", page.textContent("#feed h2"));
            // The communities are named in Chinese in the filter (the map's names in the page's language).
            page.waitForSelector("#filters [name=community] option[value=niujiaowan]",
                    timeout().setState(WaitForSelectorState.ATTACHED));
            assertEquals("牛角湾社区 (niujiaowan)", page.textContent("#filters [name=community] option[value=niujiaowan]"));

            // The feed's lines and an appeal's details, in Chinese.
            String line = "#feed-items li[data-appeal-id='" + id + "']";
            page.waitForSelector(line + ":has-text('已提交')", timeout().setState(WaitForSelectorState.ATTACHED));
            assertTrue(page.textContent(line + " .feed-appeal").contains("设施损坏"), page.textContent(line));
            page.locator(line).first().click();
            page.waitForSelector("#details[data-appeal-id='" + id + "']", timeout());
            page.waitForSelector("#detail-timeline li:has-text('已分派给')", timeout());
            assertEquals("居民 App", page.textContent("#detail-facts [data-fact=channel]"));
            assertTrue(page.textContent("#detail-facts").contains("网格员"), page.textContent("#detail-facts"));
            assertTrue(page.textContent("#detail-facts [data-fact=grid]").startsWith("花龙社区第"),
                    page.textContent("#detail-facts [data-fact=grid]"));
            assertTrue(page.textContent("#detail-facts [data-fact=submitted]").matches("\\d{4}年\\d{1,2}月\\d{1,2}日.*"),
                    "district time as Chinese writes it: " + page.textContent("#detail-facts [data-fact=submitted]"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT_ZH));
            assertTrue(Files.size(SCREENSHOT_ZH) > 10_000, "a screenshot of the Chinese page in " + SCREENSHOT_ZH);

            // The switch: English, and it stays English on the next visit.
            page.click("#language a[hreflang=en]");
            page.waitForSelector("body[data-ready=true]", timeout());
            assertEquals("GridLoop command centre", page.textContent("h1"));
            page.navigate(system.commandCenter.url() + "/");
            page.waitForSelector("body[data-ready=true]", timeout());
            assertEquals("overdue", page.textContent("[data-counter=overdue] span"));
        }
    }

    @Test
    void aGridWorkerIsRefusedThePage() {
        try (BrowserContext context = browser.newContext(english())) {
            Page page = context.newPage();
            page.navigate(system.commandCenter.url() + "/");
            page.fill("#username", "w-hualong-g1-1");
            page.fill("#password", Tokens.PASSWORD);
            Response answer = page.waitForResponse(response -> response.url().equals(system.commandCenter.url() + "/"),
                    () -> page.click("button[type=submit]"));
            assertEquals(403, answer.status());
            assertTrue(page.textContent("h1").contains("403"), page.content());
            assertEquals("w-hualong-g1-1", page.textContent("#signed-in-as"));
        }
    }

    /** Through the system's provider: the page sends the browser there; the user signs in with name and password. */
    private static void signIn(Page page, String username) {
        page.navigate(system.commandCenter.url() + "/");
        assertTrue(page.url().startsWith(system.oidc.issuer() + "/authorize"), page.url());
        assertTrue(page.url().contains("code_challenge_method=S256"), "PKCE: " + page.url());
        page.fill("#username", username);
        page.fill("#password", Tokens.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(system.commandCenter.url() + "/**", new Page.WaitForURLOptions().setTimeout(WAIT.toMillis()));
        page.waitForSelector("body[data-ready=true]", timeout());
        assertEquals(username, page.textContent("#username").replaceAll(".*\\((.*)\\)", "$1"));
    }

    /** The appeal's marker on the map (the feed's lines carry the appeal id too). */
    private static String marker(String appealId) {
        return "#map span[data-appeal-id='" + appealId + "']";
    }

    private static String submit(double latitude, double longitude, String description) {
        return submitted(latitude, longitude, description).get("id");
    }

    /** The submission's answer: its id and reference. */
    private static Map<String, String> submitted(double latitude, double longitude, String description) {
        return submitted(latitude, longitude, description, "");
    }

    /** The same, with more of the submission's fields ({@code more}: JSON members, each after a comma). */
    private static Map<String, String> submitted(double latitude, double longitude, String description, String more) {
        return given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                .contentType(ContentType.JSON).body("""
                        {"category": "FACILITY_DAMAGE", "description": "%s",
                         "location": {"latitude": %s, "longitude": %s, "address": "Hualong"}%s}
                        """.formatted(description, coordinate(latitude), coordinate(longitude), more))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("");
    }

    /** A worker of the grid who is off duty now, by dispatch's roster and clock (someone always is in hualong-g1). */
    private static String offDutyWorkerOf(String grid) {
        List<String> offDuty = given().baseUri(system.dispatch.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .get("/api/v1/grids/" + grid + "/workers").then().statusCode(200)
                .extract().path("findAll { !it.onDuty }.id");
        return offDuty.stream().findFirst().orElseThrow(() -> new AssertionError("nobody off duty in " + grid));
    }

    /** Dispatch's own view of the task, not the command centre's. */
    private static String taskAssignee(String appealId) {
        return given().baseUri(system.dispatch.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .get("/api/v1/tasks/" + appealId).then().statusCode(200).extract().path("assigneeId");
    }

    private static String otherWorkerOf(String grid, String assignee) {
        List<String> workers = given().baseUri(system.dispatch.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .get("/api/v1/grids/" + grid + "/workers").then().statusCode(200).extract().path("id");
        // One on duty if there is one, so that the reassignment needs no confirmation when it can do without.
        return workers.stream().filter(worker -> !worker.equals(assignee))
                .sorted(java.util.Comparator.comparing(worker -> !onDuty(grid, worker))).findFirst()
                .orElseThrow(() -> new AssertionError("a second worker in " + grid + ": " + workers));
    }

    private static boolean onDuty(String grid, String worker) {
        return given().baseUri(system.dispatch.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .get("/api/v1/grids/" + grid + "/workers").then().statusCode(200)
                .extract().<Boolean>path("find { it.id == '" + worker + "' }.onDuty");
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    private static Page.WaitForSelectorOptions timeout() {
        return new Page.WaitForSelectorOptions().setTimeout(WAIT.toMillis());
    }

    private static Locator.WaitForOptions visible() {
        return new Locator.WaitForOptions().setTimeout(WAIT.toMillis());
    }

    /** A browser that reads English: the page is in English until it is translated, and what it relays follows. */
    private static Browser.NewContextOptions english() {
        return new Browser.NewContextOptions().setLocale("en-US");
    }
}
