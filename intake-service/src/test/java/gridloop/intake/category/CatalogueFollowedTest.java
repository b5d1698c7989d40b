package gridloop.intake.category;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.catalogue.CategoryCatalogue;
import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Intake's categories are the contract's catalogue, and a row that drifted is put right at the next start. */
@QuarkusTest
class CatalogueFollowedTest {

    @Inject
    CatalogueLoader loader;
    @Inject
    Pool pool;

    private static List<Map<String, Object>> answered(String acceptLanguage) {
        var request = given().auth().oauth2(Tokens.of(Tokens.OPERATOR));
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.get("/api/v1/categories").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static List<Map<String, Object>> expected(boolean chinese) {
        return CategoryCatalogue.all().stream().map(c -> Map.<String, Object>of("code", c.code(),
                "name", chinese ? c.nameZh() : c.name(), "acceptWithinHours", c.acceptWithinHours(),
                "resolveWithinHours", c.resolveWithinHours(), "escalationDepartment", c.department())).toList();
    }

    private static List<Map<String, Object>> answered() {
        return answered(null);
    }

    private static List<Map<String, Object>> expected() {
        return expected(true);
    }

    @Test
    void theCategoriesAnsweredAreTheCatalogueInItsOrderNamedInTheCallersLanguage() {
        assertEquals(expected(true), answered(null), "the district's language by default");
        assertEquals(expected(true), answered("zh-CN"));
        assertEquals(expected(false), answered("en"));
    }

    @Test
    void aRowChangedBehindTheCataloguesBackIsPutRightAtStart() {
        pool.query("update category set accept_within_hours = 99, name = 'Drifted', name_zh = '漂移' where code = 'NOISE'").execute()
                .await().indefinitely();
        loader.onStart(null);
        assertEquals(expected(), answered());
    }
}
