package gridloop.intake.photo;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.GridUnit;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.MovableClock;
import gridloop.testkit.PhonePhotos;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Photos on the real object store (S3Proxy), database and broker: what is stored has no metadata and the same
 * pixels; what is refused is refused before it costs memory; who may read; the 24 h sweep; the store gone
 * mid-upload.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class PhotoTest {

    private static final String WORKER = "w-hualong-g1-1";
    private static final String OTHER_WORKER = "w-hualong-g2-1";

    @Inject
    MovableClock clock;

    @Inject
    PhotoCleanup cleanup;

    @Inject
    PhotoObjects objects;

    @Inject
    gridloop.intake.retention.ContactDataRetention retention;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPhonesJpegIsStoredWithoutGpsCameraXmpOrCommentAndWithTheSamePixels() {
        byte[] original = PhonePhotos.jpegWithGps(640, 480);
        assertTrue(PhonePhotos.metadataOf(original).stream().anyMatch(tag -> tag.startsWith("GPS")),
                "the test photo carries GPS: " + PhonePhotos.metadataOf(original));
        String id = upload(Tokens.RESIDENT, original, "image/jpeg").then().statusCode(201)
                .header("Location", containsString("/api/v1/photos/"))
                .body("mediaType", equalTo("image/jpeg")).body("width", equalTo(640)).body("height", equalTo(480))
                .body("thumbnailUrl", containsString("/thumbnail"))
                .extract().path("id");

        byte[] stored = bytes(Tokens.RESIDENT, "/api/v1/photos/" + id, 200);
        assertEquals(List.of(), PhonePhotos.metadataOf(stored), "no metadata is left");
        assertFalse(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains(PhonePhotos.SECRET));
        assertArrayEquals(PhonePhotos.pixels(original), PhonePhotos.pixels(stored), "the image data is not re-encoded");
        assertTrue(stored.length < original.length);

        byte[] thumbnail = bytes(Tokens.RESIDENT, "/api/v1/photos/" + id + "/thumbnail", 200);
        java.awt.image.BufferedImage small = read(thumbnail);
        assertEquals(320, small.getWidth());
        assertEquals(240, small.getHeight());
        assertEquals(List.of(), PhonePhotos.metadataOf(thumbnail));
    }

    @Test
    void theOrientationIsKeptAsTheOnlyTagAndTheThumbnailIsUpright() {
        byte[] original = PhonePhotos.jpegWithGps(400, 200, 6);
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).multiPart("file", "IMG_0001.jpg", original, "image/jpeg")
                .post("/api/v1/photos").then().statusCode(201).body("width", equalTo(200)).body("height", equalTo(400))
                .extract().path("id");
        String id = upload(Tokens.RESIDENT, original, "image/jpeg").then().statusCode(201).extract().path("id");
        byte[] stored = bytes(Tokens.RESIDENT, "/api/v1/photos/" + id, 200);
        assertEquals(List.of("Exif IFD0: Orientation = Right side, top (Rotate 90 CW)"), PhonePhotos.metadataOf(stored));
        java.awt.image.BufferedImage small = read(bytes(Tokens.RESIDENT, "/api/v1/photos/" + id + "/thumbnail", 200));
        assertEquals(160, small.getWidth());
        assertEquals(320, small.getHeight());
    }

    @Test
    void aPngLosesItsTextChunksAndKeepsItsPixels() {
        byte[] original = PhonePhotos.pngWithText(300, 200);
        assertTrue(PhonePhotos.metadataOf(original).toString().contains(PhonePhotos.SECRET));
        String id = upload(Tokens.RESIDENT, original, "application/octet-stream").then().statusCode(201)
                .body("mediaType", equalTo("image/png")).extract().path("id");
        byte[] stored = bytes(Tokens.RESIDENT, "/api/v1/photos/" + id, 200);
        assertEquals(List.of(), PhonePhotos.metadataOf(stored));
        assertArrayEquals(PhonePhotos.pixels(original), PhonePhotos.pixels(stored));
    }

    @Test
    void whatIsNotAPhotoIsRefusedByItsBytesInTheReadersLanguage() {
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).multiPart("file", "holiday.jpg",
                        "not a picture at all".getBytes(), "image/jpeg").header("Accept-Language", "zh-CN")
                .post("/api/v1/photos").then().statusCode(415).contentType("application/problem+json")
                .body("type", containsString("unsupported-image")).body("title", equalTo("不支持的媒体类型"));
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        upload(Tokens.RESIDENT, heic, "image/heic").then().statusCode(415)
                .body("type", containsString("heic-not-taken")).body("detail", containsString("JPEG"));
        upload(Tokens.RESIDENT, new byte[11 * 1024 * 1024], "image/jpeg").then().statusCode(413)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType("image/jpeg")
                .body(PhonePhotos.jpegWithGps(10, 10)).post("/api/v1/photos").then().statusCode(403);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAndMemoryStaysFlat() {
        byte[] bomb = PhonePhotos.pngClaiming(50_000, 50_000);
        long before = heapPeakAfterReset();
        upload(Tokens.RESIDENT, bomb, "image/png").then().statusCode(422).body("type", containsString("too-many-pixels"))
                .body("width", equalTo(50_000)).body("maxPixels", equalTo(40_000_000));
        long grew = heapPeak() - before;
        // Decoded, it would need 10 GB; refused from the header it costs what a request costs. (The old generation,
        // where a picture's pixels would have to live: the young one's peak only counts what any request allocates.)
        assertTrue(grew < 64L * 1024 * 1024, "the heap's peak grew by " + grew / 1024 / 1024 + " MB");
    }

    @Test
    void readersAreTheUploaderThenWhoeverMayReadTheAppealAndNobodyElse() {
        String photo = upload(Tokens.RESIDENT, PhonePhotos.jpegWithGps(64, 64), "image/jpeg").then().statusCode(201)
                .extract().path("id");
        bytes(Tokens.RESIDENT, "/api/v1/photos/" + photo, 200);
        for (String stranger : List.of(Tokens.OTHER_RESIDENT, WORKER, Tokens.HOUSING)) {
            bytes(stranger, "/api/v1/photos/" + photo, 404);
        }
        // Another's upload cannot be attached; one's own is, once.
        submit(Tokens.OTHER_RESIDENT, photo).then().statusCode(422).body("type", containsString("photo-not-attachable"))
                .body("violations[0].field", equalTo("photos"));
        String appeal = submit(Tokens.RESIDENT, photo).then().statusCode(202).extract().path("id");
        submit(Tokens.RESIDENT, photo).then().statusCode(422);

        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/appeals/" + appeal).then().statusCode(200)
                .body("photos", hasSize(1)).body("photos[0].id", equalTo(photo))
                .body("photos[0].stage", equalTo("SUBMISSION"));
        bytes(Tokens.OPERATOR, "/api/v1/photos/" + photo, 200);
        for (String stranger : List.of(Tokens.OTHER_RESIDENT, WORKER, Tokens.HOUSING)) {
            bytes(stranger, "/api/v1/photos/" + photo, 404);
            given().auth().oauth2(Tokens.of(stranger)).get("/api/v1/appeals/" + appeal + "/photos").then()
                    .statusCode(404);
        }

        Instant t = clock.instant();
        GridLoopTestInfrastructure.current().kafka().sendEvent(new AppealAssigned(UUID.fromString(appeal),
                new GridUnit("biquan", "Biquan Street"), new GridUnit("hualong", "Hualong"),
                new GridUnit("hualong-g1", "Hualong Grid 1"), WORKER, "Zhao Qiang", null, t.plusSeconds(3600),
                t.plusSeconds(72 * 3600), Actor.system("test"), t.plusSeconds(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> bytes(WORKER, "/api/v1/photos/" + photo, 200));
        given().auth().oauth2(Tokens.of(WORKER)).get("/api/v1/appeals/" + appeal + "/photos").then().statusCode(200)
                .body("$", hasSize(1));
        bytes(OTHER_WORKER, "/api/v1/photos/" + photo, 404);

        // The bucket is private: the object's own address, unsigned, is refused.
        given().get(java.net.URI.create(GridLoopTestInfrastructure.current().objectStore().endpoint()
                + "/gridloop-photos/photos/" + photo + ".jpg")).then().statusCode(403);
        String link = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/photos/" + photo + "/link")
                .then().statusCode(200).extract().path("url");
        byte[] viaLink = given().urlEncodingEnabled(false).get(java.net.URI.create(link)).then().statusCode(200)
                .extract().asByteArray();
        assertEquals(List.of(), PhonePhotos.metadataOf(viaLink));
        given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).get("/api/v1/photos/" + photo + "/link").then()
                .statusCode(404);
    }

    @Test
    void anUploadNotAttachedWithin24HoursIsDeletedWithItsObjects() throws Throwable {
        String kept = upload(Tokens.RESIDENT, PhonePhotos.jpegWithGps(32, 32), "image/jpeg").then().statusCode(201)
                .extract().path("id");
        submit(Tokens.RESIDENT, kept).then().statusCode(202);
        String left = upload(Tokens.RESIDENT, PhonePhotos.jpegWithGps(32, 32), "image/jpeg").then().statusCode(201)
                .extract().path("id");
        String key = "photos/" + left + ".jpg";
        assertTrue(objects.exists(key));

        clock.advance(Duration.ofHours(23));
        sweep();
        bytes(Tokens.RESIDENT, "/api/v1/photos/" + left, 200);

        clock.advance(Duration.ofHours(2));
        assertTrue(sweep() >= 1);
        bytes(Tokens.RESIDENT, "/api/v1/photos/" + left, 404);
        assertFalse(objects.exists(key));
        assertFalse(objects.exists("thumbnails/" + left + ".jpg"));
        bytes(Tokens.RESIDENT, "/api/v1/photos/" + kept, 200);
    }

    @Test
    void thePhotosOfAFinalAppealAreDeletedWithItsContactData() throws Throwable {
        String photo = upload(Tokens.RESIDENT, PhonePhotos.jpegWithGps(48, 48), "image/jpeg").then().statusCode(201)
                .extract().path("id");
        String appeal = submit(Tokens.RESIDENT, photo).then().statusCode(202).extract().path("id");
        String open = upload(Tokens.RESIDENT, PhonePhotos.jpegWithGps(48, 48), "image/jpeg").then().statusCode(201)
                .extract().path("id");
        submit(Tokens.RESIDENT, open).then().statusCode(202);
        GridLoopTestInfrastructure.current().kafka().sendEvent(new gridloop.events.AppealClosed(UUID.fromString(appeal),
                "RESIDENT", Actor.system("feedback"), clock.instant()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.RESIDENT))
                .get("/api/v1/appeals/" + appeal).then().statusCode(200).body("status", equalTo("CLOSED")));

        clock.advance(Duration.ofDays(179));
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(retention::eraseDue);
        bytes(Tokens.RESIDENT, "/api/v1/photos/" + photo, 200);

        clock.advance(Duration.ofDays(2));
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(retention::eraseDue);
        bytes(Tokens.RESIDENT, "/api/v1/photos/" + photo, 404);
        assertFalse(objects.exists("photos/" + photo + ".jpg"));
        assertFalse(objects.exists("thumbnails/" + photo + ".jpg"));
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/appeals/" + appeal).then().statusCode(200)
                .body("photos", hasSize(0));
        bytes(Tokens.RESIDENT, "/api/v1/photos/" + open, 200);
    }

    @Test
    void withTheStoreGoneMidUploadNothingIsHalfWrittenAndTheRetryCompletesIt() throws Exception {
        byte[] photo = PhonePhotos.jpegWithGps(200, 100);
        String key = UUID.randomUUID().toString();
        long rowsBefore = photoRows();
        GridLoopTestInfrastructure.current().objectStore().stop();
        try {
            upload(Tokens.RESIDENT, photo, "image/jpeg", key).then().statusCode(503).header("Retry-After", "5")
                    .contentType("application/problem+json").body("type", containsString("unavailable"));
            assertEquals(rowsBefore, photoRows(), "no row without its object");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(503).body(containsString("Photo store")));
        } finally {
            GridLoopTestInfrastructure.current().objectStore().start();
        }
        String id = upload(Tokens.RESIDENT, photo, "image/jpeg", key).then().statusCode(201).extract().path("id");
        upload(Tokens.RESIDENT, photo, "image/jpeg", key).then().statusCode(201).body("id", equalTo(id));
        assertEquals(rowsBefore + 1, photoRows());
        assertEquals(List.of(), PhonePhotos.metadataOf(bytes(Tokens.RESIDENT, "/api/v1/photos/" + id, 200)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200));
    }

    private long sweep() throws Throwable {
        return io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(cleanup::deleteUnattached);
    }

    static Response upload(String user, byte[] body, String contentType) {
        return given().auth().oauth2(Tokens.of(user)).contentType(contentType).body(body).post("/api/v1/photos");
    }

    private static Response upload(String user, byte[] body, String contentType, String idempotencyKey) {
        return given().auth().oauth2(Tokens.of(user)).header("Idempotency-Key", idempotencyKey).contentType(contentType)
                .body(body).post("/api/v1/photos");
    }

    private static Response submit(String user, String photo) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body("""
                {"category": "FACILITY_DAMAGE", "description": "The table-tennis table is broken",
                 "location": {"latitude": 29.5912, "longitude": 106.2231}, "photos": ["%s"]}""".formatted(photo))
                .post("/api/v1/appeals");
    }

    private static byte[] bytes(String user, String path, int status) {
        return given().auth().oauth2(Tokens.of(user)).get(path).then().statusCode(status)
                .header("X-Content-Type-Options", status == 200 ? equalTo("nosniff") : org.hamcrest.Matchers.anything())
                .extract().asByteArray();
    }

    private static java.awt.image.BufferedImage read(byte[] image) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long photoRows() throws Exception {
        try (Connection db = GridLoopTestInfrastructure.current().postgres().connect(GridLoopTestInfrastructure.DATABASE);
             Statement query = db.createStatement(); ResultSet rows = query.executeQuery("select count(*) from photo")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long heapPeakAfterReset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(PhotoTest::oldGeneration)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        return heapPeak();
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(PhotoTest::oldGeneration)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static boolean oldGeneration(MemoryPoolMXBean pool) {
        return pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"));
    }
}
