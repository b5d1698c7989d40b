package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Problems in the caller's language: Chinese, the district's, unless Accept-Language asks for English; the same
 * {@code type} and {@code status} in both, and every answer says its language.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class ProblemLanguageTest {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private static RequestSpecification resident(String acceptLanguage) {
        RequestSpecification request = given().auth().oauth2(Tokens.of(Tokens.RESIDENT));
        return acceptLanguage == null ? request : request.header("Accept-Language", acceptLanguage);
    }

    private static Response notFound(String acceptLanguage, UUID id) {
        return resident(acceptLanguage).get("/api/v1/appeals/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:gridloop:problem:not-found"))
                .header("Vary", containsString("Accept-Language")).extract().response();
    }

    @Test
    void aRefusalIsInChineseByDefaultAndInEnglishWhenAskedWithTheSameTypeAndStatus() {
        UUID id = UUID.randomUUID();
        for (String chinese : new String[] {null, "zh-CN", "zh", "fr", "*", "de, zh-TW;q=0.3"}) {
            Response answer = notFound(chinese, id);
            assertEquals("zh-CN", answer.header("Content-Language"), "Accept-Language: " + chinese);
            assertEquals("未找到", answer.path("title"));
            assertTrue(answer.<String>path("detail").contains(id.toString()), answer.asString());
            assertTrue(CJK.matcher(answer.<String>path("detail")).find(), answer.asString());
        }
        for (String english : new String[] {"en", "en-US", "fr, en;q=0.5", "zh;q=0.2, en"}) {
            Response answer = notFound(english, id);
            assertEquals("en", answer.header("Content-Language"), "Accept-Language: " + english);
            assertEquals("Not found", answer.path("title"));
            assertFalse(CJK.matcher(answer.asString()).find(), answer.asString());
        }
    }

    @Test
    void validationMessagesFollowTheLanguageToo() {
        String invalid = """
                {"category": "FACILITY_DAMAGE", "description": "",
                 "location": {"latitude": 91, "longitude": 106.2}}
                """;
        Response chinese = resident(null).contentType(ContentType.JSON).body(invalid).post("/api/v1/appeals")
                .then().statusCode(400).body("type", equalTo("urn:gridloop:problem:validation")).extract().response();
        assertEquals("请求无效", chinese.path("title"));
        List<String> messages = chinese.path("violations.message");
        assertEquals(2, messages.size(), chinese.asString());
        messages.forEach(message -> assertTrue(CJK.matcher(message).find(), message));

        Response english = resident("en").contentType(ContentType.JSON).body(invalid).post("/api/v1/appeals")
                .then().statusCode(400).body("type", equalTo("urn:gridloop:problem:validation")).extract().response();
        assertEquals("Invalid request", english.path("title"));
        assertFalse(CJK.matcher(english.asString()).find(), english.asString());

        // A missing field is said without Hibernate Validator's "null".
        resident(null).contentType(ContentType.JSON).body("{\"category\": \"FACILITY_DAMAGE\", \"description\": \"x\"}")
                .post("/api/v1/appeals").then().statusCode(400)
                .body("violations.find { it.field == 'location' }.message", equalTo("必须填写"));
        resident("en").contentType(ContentType.JSON).body("{\"category\": \"FACILITY_DAMAGE\", \"description\": \"x\"}")
                .post("/api/v1/appeals").then().statusCode(400)
                .body("violations.find { it.field == 'location' }.message", equalTo("must be given"));
    }

    @Test
    void theOpenApiDocumentOffersTheLanguageHeaderOnEveryOperation() {
        io.restassured.path.json.JsonPath document = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("Accept-Language", document.getString("components.parameters.AcceptLanguage.name"));
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> assertTrue(
                String.valueOf(operation.get("parameters")).contains("#/components/parameters/AcceptLanguage"),
                method + " " + path)));
        // A header that cannot be invalid adds no 400 to an operation that takes nothing else.
        assertTrue(document.get("paths.'/api/v1/categories'.get.responses.'400'") == null, "no 400 for a header");
    }

    /** A message written on a field ({@code {gridloop.validation.purpose}}) comes from the service's own file. */
    @Test
    void aServicesOwnValidationMessageIsInBothLanguages() {
        String path = "/api/v1/appeals/" + UUID.randomUUID() + "/contact";
        given().auth().oauth2(Tokens.of("w-hualong-g1-1")).get(path).then().statusCode(400)
                .body("violations[0].field", equalTo("purpose"))
                .body("violations[0].message", equalTo("请说明读取联系方式的原因"));
        given().auth().oauth2(Tokens.of("w-hualong-g1-1")).header("Accept-Language", "en").get(path).then()
                .statusCode(400).body("violations[0].message", equalTo("say why the contact is read"));
    }

    @Test
    void malformedJsonAndAMissingTokenAreLocalizedAsWell() {
        Response json = resident(null).contentType(ContentType.JSON).body("{not json").post("/api/v1/appeals")
                .then().statusCode(400).body("type", equalTo("urn:gridloop:problem:malformed-json")).extract()
                .response();
        assertEquals("JSON 格式错误", json.path("title"));
        assertTrue(json.<String>path("detail").contains("第 1 行"), json.asString());

        given().header("Accept-Language", "en").get("/api/v1/appeals/" + UUID.randomUUID()).then().statusCode(401)
                .body("title", equalTo("Unauthorized")).header("Content-Language", "en");
        given().get("/api/v1/appeals/" + UUID.randomUUID()).then().statusCode(401)
                .body("title", equalTo("未认证")).header("Content-Language", "zh-CN");
    }
}
