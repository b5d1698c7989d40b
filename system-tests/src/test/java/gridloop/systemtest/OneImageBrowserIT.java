package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The street's one image in a real browser (Debian chromium) against the real services and the registry's sample
 * street: the operator switches the layers, searches "鸿康皓宇", opens a building's card that lists its elevators,
 * sees an elevator turn faulty on the map and the resident's appeal on the card without a reload, and back in
 * service once the closure is reported FIXED; an operator without the registrar's role sees counts and no
 * household, one with it reads a contact with a purpose (logged by the registry). The layered map's screenshot is
 * kept in {@code target/one-image.png}.
 */
class OneImageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOT = Path.of("target", "one-image.png");
    /** Hongkang Haoyu, building 3 (the registry's sample street), with its elevator. */
    private static final String BUILDING = "haoyu-g2-b1";

    private static RunningSystem system;
    private static Chromium chromium;
    private static Browser browser;

    @BeforeAll
    static void startSystemAndBrowser() {
        system = RunningSystem.shared();
        chromium = new Chromium();
        browser = chromium.launch();
        // The command centre has the sample street from the registry's topics.
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().baseUri(system.commandCenter.url())
                .auth().oauth2(system.token(Tokens.OPERATOR)).get("/api/v1/cards/buildings/" + BUILDING).then()
                .statusCode(200).body("facilities.classCode", hasItem("0601")));
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
    void fromAnElevatorAppealToTheBuildingItsPeopleItsMaintainerAndItsFaultsWithoutAReload() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1600, 950))) {
            Page page = context.newPage();
            page.onConsoleMessage(message -> System.out.println("browser console: " + message.text()));
            signIn(page, Tokens.OPERATOR);
            page.evaluate("() => window.samePage = 'no reload since'");

            // Search in Chinese; the building's result opens its card, listing its elevator.
            page.fill("#search [name=q]", "鸿康皓宇 3栋");
            page.click("#search button[type=submit]");
            String result = "#search-results li[data-kind=building][data-id='" + BUILDING + "'] a";
            page.waitForSelector(result, timeout());
            page.click(result);
            page.waitForSelector("#card[data-kind=building][data-id='" + BUILDING + "']", timeout());
            String elevators = "#card [data-list=facilities] a[data-class='0601']";
            page.waitForSelector(elevators, timeout());
            assertTrue(page.textContent("#card-facts [data-fact=people]").matches(".*\\d+ 户.*"),
                    page.textContent("#card-facts [data-fact=people]"));
            assertTrue(page.textContent("#card-facts [data-fact=care-groups]").contains("独居老人"),
                    "an operator sees the care groups: " + page.textContent("#card-facts"));
            // An operator who is not a registrar: counts, and no household nor its contact.
            assertEquals(0, page.locator("#card [data-list=households]").count());
            String elevator = page.getAttribute(elevators, "data-facility-id");

            // The layers: on and off, each drawn from the read model (the map says how many it shows).
            await().atMost(WAIT).until(() -> shown(page, "facilities") > 0 && shown(page, "buildings") > 0);
            page.uncheck("#layers [name=facilities]");
            await().atMost(WAIT).until(() -> shown(page, "facilities") == 0
                    && page.locator("#map .facility-mark").count() == 0);
            page.check("#layers [name=facilities]");
            page.check("#layers [name=organisations]");
            page.check("#layers [name=onDuty]");
            await().atMost(WAIT).until(() -> shown(page, "facilities") > 0 && shown(page, "organisations") > 0
                    && shown(page, "onDuty") > 0);
            page.uncheck("#layers [name=appeals]");
            await().atMost(WAIT).until(() -> page.locator("#map .appeal-marker").count() == 0);
            page.check("#layers [name=appeals]");
            page.selectOption("#layers [name=measure]", "careHouseholds");

            // A resident reports the elevator: it turns faulty on the map, the appeal is on the open card.
            String facility = "#map span[data-facility-id='" + elevator + "']";
            page.waitForSelector(facility + "[data-status=IN_SERVICE]", timeout().setState(WaitForSelectorState.ATTACHED));
            Map<String, Double> point = buildingPoint();
            long submitted = System.nanoTime();
            String appeal = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                    .contentType(ContentType.JSON).body(String.format(Locale.ROOT, """
                            {"category": "ELEVATOR_FAULT", "description": "3栋电梯困人，门打不开", "facilityId": "%s",
                             "location": {"latitude": %.6f, "longitude": %.6f, "address": "鸿康皓宇小区3栋"}}
                            """, elevator, point.get("latitude"), point.get("longitude")))
                    .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
            page.waitForSelector(facility + "[data-status=FAULTY]", timeout().setState(WaitForSelectorState.ATTACHED));
            System.out.printf("one image: the elevator showed faulty %d ms after the submission was accepted%n",
                    Duration.ofNanos(System.nanoTime() - submitted).toMillis());
            page.waitForSelector("#card [data-list=appeals] a[data-appeal-id='" + appeal + "']",
                    timeout().setState(WaitForSelectorState.ATTACHED));
            System.out.printf("one image: the appeal was on the building's card %d ms after it was accepted%n",
                    Duration.ofNanos(System.nanoTime() - submitted).toMillis());
            assertEquals("no reload since", page.evaluate("() => window.samePage"), "the page was not reloaded");

            // From the elevator appeal, as an operator meets it (its details), in two clicks: the building with its
            // people in care, then the elevator with its maintainer and its fault history.
            page.click("#card [data-list=appeals] a[data-appeal-id='" + appeal + "']");
            page.waitForSelector("#details[data-appeal-id='" + appeal + "']", timeout());
            page.click("#detail-facts [data-fact=building] a[data-building-id='" + BUILDING + "']");
            page.waitForSelector("#card[data-kind=building][data-id='" + BUILDING + "']", timeout());
            assertTrue(page.textContent("#card-facts [data-fact=care-groups]").contains("独居老人"),
                    page.textContent("#card-facts"));
            page.click("#card [data-list=facilities] a[data-facility-id='" + elevator + "']");
            page.waitForSelector("#card[data-kind=facility][data-id='" + elevator + "']", timeout());
            assertTrue(page.textContent("#card-facts [data-fact=maintainer]").contains("电梯"),
                    page.textContent("#card-facts [data-fact=maintainer]"));
            page.waitForSelector("#card [data-list=appeals] a[data-appeal-id='" + appeal + "']",
                    timeout().setState(WaitForSelectorState.ATTACHED));
            page.waitForSelector("#feed-items li:has-text('报告故障')", timeout().setState(WaitForSelectorState.ATTACHED));
            // The picture: a step back (zoom 17), the estate's buildings, facilities and areas around the card.
            page.waitForResponse(response -> response.url().contains("/api/v1/layers/buildings?"),
                    () -> page.evaluate("view => location.hash = view", String.format(Locale.ROOT, "#map=17/%.5f/%.5f",
                            point.get("latitude"), point.get("longitude"))));
            Files.createDirectories(SCREENSHOT.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT));
            assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the layered map in " + SCREENSHOT);

            // Closed as FIXED: back in service on the map, without a reload.
            await().atMost(WAIT).untilAsserted(() -> given().baseUri(system.feedback.url())
                    .auth().oauth2(system.token(Tokens.OPERATOR)).contentType(ContentType.JSON)
                    .body("{\"resolution\": \"更换了门机控制板\", \"outcome\": \"FIXED\"}")
                    .post("/api/v1/appeals/" + appeal + "/closure").then().statusCode(200));
            long closed = System.nanoTime();
            page.waitForSelector(facility + "[data-status=IN_SERVICE]", timeout().setState(WaitForSelectorState.ATTACHED));
            System.out.printf("one image: the elevator showed in service again %d ms after the closure was accepted%n",
                    Duration.ofNanos(System.nanoTime() - closed).toMillis());
            assertEquals("no reload since", page.evaluate("() => window.samePage"), "the page was not reloaded");
        }
    }

    @Test
    void onlyAnOperatorWhoIsARegistrarReadsAHouseholdsContactAndTheReadIsLogged() {
        // Through the command centre, an operator alone is refused by the registry (its 403, relayed).
        given().baseUri(system.commandCenter.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .get("/api/v1/cards/buildings/" + BUILDING + "/households").then().statusCode(403)
                .contentType("application/problem+json");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1600, 950))) {
            Page page = context.newPage();
            signIn(page, Tokens.OPERATOR_REGISTRAR);
            page.fill("#search [name=q]", "鸿康皓宇小区3栋");
            page.click("#search button[type=submit]");
            String result = "#search-results li[data-kind=building][data-id='" + BUILDING + "'] a";
            page.waitForSelector(result, timeout());
            page.click(result);
            page.waitForSelector("#card[data-kind=building] [data-list=households] button", timeout());
            page.click("#card [data-list=households] button");
            String contact = "#card [data-list=households] li[data-household-id] .show-contact";
            page.waitForSelector(contact, timeout());
            page.fill("#card [data-list=households] li[data-household-id] input[name=purpose] >> nth=0",
                    "回访独居老人");
            page.locator(contact).first().click();
            page.waitForSelector("#card [data-list=households] [data-read=true]", timeout());
        }
        given().baseUri(system.registry.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .queryParam("size", 200).get("/api/v1/contact-reads").then().statusCode(200)
                .body("items.purpose", hasItem("回访独居老人"));
    }

    private static int shown(Page page, String layer) {
        String value = page.getAttribute("#map", "data-" + layer.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT)
                + "-shown");
        return value == null ? -1 : Integer.parseInt(value);
    }

    private static Map<String, Double> buildingPoint() {
        Map<String, Object> card = given().baseUri(system.commandCenter.url())
                .auth().oauth2(system.token(Tokens.OPERATOR)).get("/api/v1/cards/buildings/" + BUILDING).then()
                .statusCode(200).extract().path("");
        return Map.of("latitude", ((Number) card.get("latitude")).doubleValue(),
                "longitude", ((Number) card.get("longitude")).doubleValue());
    }

    private static void signIn(Page page, String username) {
        page.navigate(system.commandCenter.url() + "/");
        page.fill("#username", username);
        page.fill("#password", Tokens.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(system.commandCenter.url() + "/**", new Page.WaitForURLOptions().setTimeout(WAIT.toMillis()));
        page.waitForSelector("body[data-ready=true]", timeout());
    }

    private static Page.WaitForSelectorOptions timeout() {
        return new Page.WaitForSelectorOptions().setTimeout(WAIT.toMillis());
    }
}
