package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.localstack.oidc.RealmUsers;
import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One resident's whole journey, read in Chinese (asked for, and with no Accept-Language at all: the district's
 * default) and in English: a submission, a refusal of a bad one, the timeline after the assignment, an escalation,
 * the closure and the rating. Every text a person reads in the answers ({@code text}, {@code title},
 * {@code detail}, {@code message}, names) is checked: in Chinese it has Han characters and no word of the English
 * bundles; in English it has no Han character but in the district's own names (its people, as the realm names them).
 * The roster names each worker as the realm does, so the sign-in, the token and the roster agree.
 */
class LanguageJourneySystemIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The fields of an answer a person reads. */
    private static final Set<String> READ = Set.of("text", "title", "detail", "message", "name", "departmentName");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final String[] ENGLISH_BUNDLES = {"messages/intake_en.properties", "messages/problem_en.properties",
        "messages/reason_en.properties"};
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void theJourneyInChineseWhenAskedFor() {
        List<String> read = journey("zh-CN", "井盖松动，车辆经过时响声很大", "已更换井盖");
        Set<String> english = englishWords();
        for (String text : read) {
            assertTrue(HAN.matcher(text).find(), "not Chinese: " + text);
            Matcher words = LATIN_WORD.matcher(text);
            while (words.find()) {
                assertTrue(!english.contains(words.group().toLowerCase()), "an English word in: " + text);
            }
        }
    }

    @Test
    void theJourneyInChineseWithNoLanguageAsked() {
        for (String text : journey(null, "路灯不亮，晚上很黑", "已更换灯泡")) {
            assertTrue(HAN.matcher(text).find(), "not Chinese: " + text);
        }
    }

    @Test
    void theJourneyInEnglishHasNoChineseButTheDistrictsOwnNames() {
        Set<String> people = RealmUsers.load().all().stream().map(RealmUsers.SampleUser::name)
                .collect(Collectors.toSet());
        for (String text : journey("en", "The drain cover clatters under every car", "Replaced the cover")) {
            String withoutNames = text;
            for (String name : people) {
                withoutNames = withoutNames.replace(name, "");
            }
            assertTrue(!HAN.matcher(withoutNames).find(), "Chinese in an English answer: " + text);
        }
    }

    /** Each worker of the roster is named as the realm names the person who signs in with that id. */
    @Test
    void theRosterNamesEachWorkerAsTheRealmDoes() {
        Map<String, String> realm = new HashMap<>();
        RealmUsers.load().all().forEach(user -> realm.put(user.username(), user.name()));
        int compared = 0;
        for (String grid : List.of("niujiaowan-g1", "niujiaowan-g2", "niujiaowan-g3", "hualong-g1", "hualong-g2",
                "hualong-g3", "haoyu-g1", "haoyu-g2", "haoyu-g3", "lianhua-g1", "lianhua-g2", "lianhua-g3")) {
            List<Map<String, Object>> workers = as(system.dispatch.url(), Tokens.OPERATOR, null)
                    .get("/api/v1/grids/" + grid + "/workers").then().statusCode(200).extract().path("");
            for (Map<String, Object> worker : workers) {
                assertEquals(realm.get((String) worker.get("id")), worker.get("name"), "worker " + worker.get("id"));
                assertTrue(HAN.matcher((String) worker.get("name")).find(), "a Chinese name: " + worker);
                compared++;
            }
        }
        assertTrue(compared >= 20, "workers compared: " + compared);
    }

    /** The journey; the texts a person reads in every answer, in the language asked for (null: none asked). */
    private static List<String> journey(String language, String description, String resolution) {
        List<String> read = new ArrayList<>();
        Response refused = as(system.intake.url(), Tokens.RESIDENT, language).contentType(ContentType.JSON)
                .body("{\"category\": \"NO_SUCH\", \"description\": \"\", \"location\": {\"latitude\": 99}}")
                .post("/api/v1/appeals");
        refused.then().statusCode(400).contentType("application/problem+json");
        read.addAll(texts(refused));
        assertTrue(read.size() >= 3, "a title, a detail and the violations' messages: " + read);

        Response submitted = as(system.intake.url(), Tokens.RESIDENT, language).contentType(ContentType.JSON)
                .body("""
                        {"category": "FACILITY_DAMAGE", "description": "%s",
                         "location": {"latitude": 29.597, "longitude": 106.223, "address": "花龙社区"}}
                        """.formatted(description))
                .post("/api/v1/appeals");
        submitted.then().statusCode(202);
        String id = submitted.path("id");
        read.addAll(texts(submitted));
        await().atMost(WAIT).untilAsserted(() -> as(system.intake.url(), Tokens.RESIDENT, language)
                .get("/api/v1/appeals/" + id).then().statusCode(200).body("status", equalTo("ASSIGNED")));
        read.addAll(texts(as(system.intake.url(), Tokens.RESIDENT, language).get("/api/v1/appeals/" + id)));

        Response escalated = as(system.dispatch.url(), Tokens.OPERATOR, language).contentType(ContentType.JSON)
                .body("{\"department\": \"HOUSING\", \"reason\": \"" + description + "\"}")
                .post("/api/v1/tasks/" + id + "/escalate");
        escalated.then().statusCode(200);
        read.addAll(texts(escalated));
        await().atMost(WAIT).untilAsserted(() -> as(system.feedback.url(), Tokens.HOUSING, language).contentType(ContentType.JSON)
                .body("{\"resolution\": \"" + resolution + "\"}").post("/api/v1/appeals/" + id + "/closure")
                .then().statusCode(200));
        await().atMost(WAIT).untilAsserted(() -> as(system.feedback.url(), Tokens.RESIDENT, language)
                .contentType(ContentType.JSON).body("{\"satisfaction\": 5, \"resolved\": true}")
                .post("/api/v1/appeals/" + id + "/rating").then().statusCode(200).body("status", equalTo("CLOSED")));
        await().atMost(WAIT).untilAsserted(() -> as(system.intake.url(), Tokens.RESIDENT, language)
                .get("/api/v1/appeals/" + id).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("timeline.phrase", hasItems("SUBMITTED", "ASSIGNED", "ESCALATED", "RESOLVED", "RATED_FIXED",
                        "CLOSED")));
        Response closed = as(system.intake.url(), Tokens.RESIDENT, language).get("/api/v1/appeals/" + id);
        assertEquals(language == null ? "zh-CN" : language, closed.header("Content-Language"));
        List<String> timeline = closed.path("timeline.text");
        assertEquals(6, timeline.size(), "the timeline: " + timeline);
        read.addAll(texts(closed));
        return read;
    }

    private static List<String> texts(Response answer) {
        List<String> found = new ArrayList<>();
        try {
            collect(JSON.readTree(answer.asString()), found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, found));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (READ.contains(field.getKey()) && field.getValue().isTextual()) {
                    found.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), found);
                }
            });
        }
    }

    /** The words of the English bundles, less the names of placeholders. */
    private static Set<String> englishWords() {
        Set<String> words = new TreeSet<>();
        for (String bundle : ENGLISH_BUNDLES) {
            Properties messages = new Properties();
            try (InputStream in = LanguageJourneySystemIT.class.getClassLoader().getResourceAsStream(bundle)) {
                if (in == null) {
                    throw new IllegalStateException(bundle + " is not on the test classpath");
                }
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Object message : messages.values()) {
                Matcher matcher = LATIN_WORD.matcher(((String) message).replaceAll("\\{[^}]*}", " "));
                while (matcher.find()) {
                    words.add(matcher.group().toLowerCase());
                }
            }
        }
        assertTrue(words.size() > 50, "the English bundles' words: " + words.size());
        return words;
    }

    private static RequestSpecification as(String baseUri, String user, String language) {
        RequestSpecification request = given().baseUri(baseUri).auth().oauth2(system.token(user));
        return language == null ? request : request.header("Accept-Language", language);
    }
}
