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

    private static List<Map<String, Object>> answered() {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/categories").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static List<Map<String, Object>> expected() {
        return CategoryCatalogue.all().stream().map(c -> Map.<String, Object>of("code", c.code(), "name", c.name(),
                "acceptWithinHours", c.acceptWithinHours(), "resolveWithinHours", c.resolveWithinHours(),
                "escalationDepartment", c.department())).toList();
    }

    @Test
    void theCategoriesAnsweredAreTheCatalogueInItsOrder() {
        assertEquals(expected(), answered());
    }

    @Test
    void aRowChangedBehindTheCataloguesBackIsPutRightAtStart() {
        pool.query("update category set accept_within_hours = 99, name = 'Drifted' where code = 'NOISE'").execute()
                .await().indefinitely();
        loader.onStart(null);
        assertEquals(expected(), answered());
    }
}
