package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import gridloop.testkit.PhonePhotos;
import gridloop.localstack.EmbeddedPostgresServer;
import gridloop.localstack.FreePorts;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.Tokens;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The run command's own configuration, which a small street may run for real: its database is durable and locked,
 * a crash of every process at once loses and doubles nothing, and {@code ./gridloop backup} taken mid-stream
 * restores every appeal accepted before it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunCommandSystemIT {

    private static Path work;
    private static RunCommand gridloop;

    @BeforeAll
    static void start() throws Exception {
        work = Files.createTempDirectory(Path.of("target"), "run-command-").toAbsolutePath();
        gridloop = new RunCommand(work.resolve("data")).start();
    }

    @AfterAll
    static void stop() {
        if (gridloop != null) {
            gridloop.stop();
        }
    }

    @Test
    @Order(1)
    void theDatabaseIsDurableAndSaysSoAtStart() {
        EmbeddedPostgresServer database = gridloop.database();
        assertEquals(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"),
                database.durabilitySettings());
        assertTrue(gridloop.output().contains("fsync=on synchronous_commit=on full_page_writes=on"), gridloop.output());
    }

    @Test
    @Order(2)
    void theDatabaseRefusesAWrongPasswordAndTheSuperuserWithoutOne() throws Exception {
        String url = gridloop.database().jdbcUrl("intake");
        for (String[] credentials : List.of(new String[] {"postgres", "wrong"},
                new String[] {"intake", "gridloop-intake"}, new String[] {"intake", "wrong"})) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(url, credentials[0], credentials[1]).close(),
                    credentials[0] + " signs in with " + credentials[1]);
            assertEquals("28P01", refused.getSQLState(), refused.getMessage());
        }
        SQLException noPassword = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url + "?user=postgres").close());
        assertTrue(noPassword.getMessage().contains("password"), noPassword.getMessage());
    }

    /**
     * A phone's photo with its GPS position in the EXIF goes to the run command's own object store (S3Proxy, in the
     * data folder) without it: the reporter gets it back with no metadata and the same pixels, anyone else a 404.
     * Last, after the crash and the backup, which count every appeal the run holds; by a resident the backup's stream
     * has not brought to the production submit limit.
     */
    @Test
    @Order(5)
    void aPhonesPhotoIsKeptWithoutItsGpsPositionAndShownToItsReporterOnly() throws Exception {
        byte[] photo = PhonePhotos.jpegWithGps(1024, 768);
        String id = given().baseUri(gridloop.url("intake")).auth().oauth2(gridloop.token(Tokens.THIRD_RESIDENT))
                .multiPart("file", "IMG_0815.jpg", photo, "image/jpeg").post("/api/v1/photos").then().statusCode(201)
                .extract().path("id");
        String appeal = given().baseUri(gridloop.url("intake")).auth().oauth2(gridloop.token(Tokens.THIRD_RESIDENT))
                .contentType(ContentType.JSON).body("""
                        {"category": "FACILITY_DAMAGE", "description": "The table-tennis table is broken",
                         "location": {"latitude": 29.597, "longitude": 106.223}, "photos": ["%s"]}""".formatted(id))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        byte[] served = given().baseUri(gridloop.url("intake")).auth().oauth2(gridloop.token(Tokens.THIRD_RESIDENT))
                .get("/api/v1/photos/" + id).then().statusCode(200).extract().asByteArray();
        assertEquals(List.of(), PhonePhotos.metadataOf(served));
        assertArrayEquals(PhonePhotos.pixels(photo), PhonePhotos.pixels(served));
        given().baseUri(gridloop.url("intake")).auth().oauth2(gridloop.token(Tokens.OTHER_RESIDENT))
                .get("/api/v1/photos/" + id).then().statusCode(404);
        given().baseUri(gridloop.url("intake")).auth().oauth2(gridloop.token(Tokens.OTHER_RESIDENT))
                .get("/api/v1/appeals/" + appeal).then().statusCode(404);
        try (var stored = Files.walk(work.resolve("data").resolve("object-store"))) {
            assertTrue(stored.anyMatch(path -> path.getFileName().toString().equals(id + ".jpg")),
                    "the photo lies in the data folder's object store");
        }
    }

    /** Metrics, health and the API documents answer on this machine only; the public ports on every interface. */
    @Test
    @Order(2)
    void managementPortsListenOnLoopbackOnly() {
        for (String service : List.of("INTAKE", "DISPATCH", "FEEDBACK", "COMMAND_CENTER")) {
            var addresses = ListeningSockets.addressesOf(gridloop.port(service + "_MANAGEMENT"));
            assertTrue(!addresses.isEmpty() && java.util.Set.of("127.0.0.1", "::ffff:127.0.0.1", "::1").containsAll(addresses),
                    service + "'s management port listens on " + addresses);
        }
        assertTrue(ListeningSockets.addressesOf(gridloop.port("INTAKE")).stream()
                .anyMatch(address -> address.equals("0.0.0.0") || address.equals("::")), "the API answers phones");
    }

    /**
     * Swagger UI of the local run (on the management port) authorises as the district's apps do: in Chromium, its
     * Authorize dialog offers the authorization code flow with PKCE alone, and no client-secret field.
     */
    @Test
    @Order(2)
    void swaggerUiOffersTheCodeFlowWithPkceAlone() {
        String swaggerUi = "http://127.0.0.1:" + gridloop.port("DISPATCH_MANAGEMENT") + "/q/swagger-ui/";
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("gridloop.chromium", "/usr/bin/chromium")))
                        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu")))) {
            Page page = browser.newPage();
            page.navigate(swaggerUi);
            page.click("button.authorize", new Page.ClickOptions().setTimeout(30_000));
            page.waitForSelector(".auth-container h4", new Page.WaitForSelectorOptions().setTimeout(30_000));
            String dialog = page.textContent(".modal-ux-content");
            // Without the plugin the dialog offered "implicit" too, read from the provider's discovery.
            assertTrue(dialog.contains("Flow: authorization_code with PKCE"), dialog);
            assertEquals(1, page.locator(".auth-container h4").count(), dialog);
            assertTrue(!dialog.contains("implicit") && !dialog.contains("client_credentials")
                    && !dialog.contains("Flow: password"), dialog);
            assertEquals(0, page.locator("input[id^=client_secret_]:visible").count(), "no client-secret field");
            assertEquals(1, page.locator("input[id^=client_id_]:visible").count(), "the client id is there");
        }
    }

    /**
     * A burst of submissions is answered 202, and at once every process of the stack is SIGKILLed, database and
     * broker included. After a start on the same data, each accepted appeal is there once, submitted once and
     * assigned once.
     */
    @Test
    @Order(3)
    void aCrashOfEveryProcessRightAfterABurstLosesNoAcceptedAppealAndDoublesNone() throws Exception {
        String token = gridloop.token(Tokens.HOTLINE);
        ExecutorService phones = Executors.newFixedThreadPool(8);
        Set<String> accepted;
        try {
            List<CompletableFuture<String>> burst = IntStream.range(0, 40).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> submit(token, "crash burst " + i), phones)).toList();
            accepted = burst.stream().map(CompletableFuture::join).collect(Collectors.toSet());
        } finally {
            phones.shutdown();
        }
        assertEquals(40, accepted.size());
        gridloop.killEverything();

        gridloop.start();
        await().atMost(Duration.ofMinutes(2)).until(() -> assignedInIntake(accepted) == accepted.size());
        assertEquals(accepted.size(), count("intake", "select count(*) from appeal"), "appeals stored: no more, no fewer");
        KafkaTestClient kafka = new KafkaTestClient(gridloop.kafkaBootstrap());
        assertEquals(oncePerAppeal(accepted), eventsPerAppeal(kafka.readAll(Topics.APPEALS_SUBMITTED), accepted,
                LoopLedger.SUBMITTED), "distinct submitted events per appeal");
        assertEquals(oncePerAppeal(accepted), eventsPerAppeal(kafka.readAll(Topics.APPEALS_DISPATCH), accepted,
                LoopLedger.ASSIGNED), "distinct assigned events per appeal");
        assertEquals(accepted.size(), count("dispatch", "select count(*) from task"), "dispatch tasks");
        given().baseUri(gridloop.url("intake")).auth().oauth2(gridloop.token(Tokens.HOTLINE))
                .get("/api/v1/appeals/" + accepted.iterator().next()).then().statusCode(200);
    }

    /**
     * {@code ./gridloop backup DIR} while appeals stream in; {@code ./gridloop restore DIR} into a new data folder;
     * the restored database holds every appeal accepted before the backup began, and its outboxes are marked for
     * publishing again to the empty broker the restored run starts.
     */
    @Test
    @Order(4)
    void aBackupTakenMidStreamRestoresEveryAppealAcceptedBeforeIt() throws Exception {
        Path backup = work.resolve("backup");
        Set<String> beforeBackup;
        try (AppealStream stream = new AppealStream(gridloop.url("intake"), gridloop.token(Tokens.RESIDENT), 50,
                Duration.ofMillis(100)).start()) {
            stream.awaitAccepted(15, Duration.ofSeconds(60));
            beforeBackup = Set.copyOf(stream.acceptedIds());
            String said = gridloop.command("backup", backup.toString());
            assertTrue(said.contains("backup complete"), said);
            Set<String> all = stream.awaitAccepted(Duration.ofSeconds(60));
            assertTrue(all.size() > beforeBackup.size(), "the stream went on during and after the backup");
        }
        Path restoredData = work.resolve("restored");
        String said = gridloop.command(Map.of("GRIDLOOP_DATA_DIR", restoredData.toString(),
                "GRIDLOOP_POSTGRES_PORT", String.valueOf(FreePorts.pick())), "restore", backup.toString());
        assertTrue(said.contains("intake: ") && said.contains("kept events will be published again"), said);

        try (EmbeddedPostgresServer restored = new EmbeddedPostgresServer(0, restoredData.resolve("postgres"), false,
                true).start()) {
            assertEquals(beforeBackup.size(), LoopLedger.count(restored, "intake",
                    "select count(*) from appeal where id = any(?)", beforeBackup), "appeals accepted before the backup");
            assertEquals(0, LoopLedger.total(restored, "intake", "select count(*) from outbox_event where sent_at is not null"),
                    "every kept event of intake to be published again");
            assertEquals(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"),
                    restored.durabilitySettings());
        }
        for (String secret : List.of("pseudonym.secret", "command-centre-session.secret", "postgres-superuser.secret")) {
            assertEquals(Files.readString(work.resolve("data").resolve(secret)), Files.readString(restoredData.resolve(secret)),
                    secret + " restored with the data it belongs to");
        }
    }

    private static String submit(String token, String description) {
        return given().baseUri(gridloop.url("intake")).auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"category": "NOISE", "description": "%s", "channel": "HOTLINE",
                         "location": {"latitude": 29.58, "longitude": 106.21},
                         "reporter": {"name": "Caller", "phone": "13800000000"}}
                        """.formatted(description))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
    }

    private static long assignedInIntake(Set<String> ids) throws SQLException {
        return LoopLedger.count(gridloop.database(), "intake",
                "select count(*) from appeal where id = any(?) and status = 'ASSIGNED'", ids);
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection connection = gridloop.database().connect(database); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Long> oncePerAppeal(Set<String> ids) {
        return ids.stream().collect(Collectors.toMap(id -> id, id -> 1L));
    }

    private static Map<String, Long> eventsPerAppeal(List<ConsumerRecord<String, byte[]>> records, Set<String> ids,
            String ceType) {
        Map<String, Set<String>> distinct = new java.util.HashMap<>();
        records.stream().filter(r -> ids.contains(r.key()))
                .filter(r -> ceType.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .forEach(r -> distinct.computeIfAbsent(r.key(), key -> new HashSet<>())
                        .add(KafkaTestClient.header(r, CloudEventHeaders.ID)));
        return distinct.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
    }
}
