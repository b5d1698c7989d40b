package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A list is paged no deeper than item 10,000: beyond, a 400 problem+json on {@code page}, and nothing is read. */
@QuarkusTest
class PageWindowTest {

    @Test
    void pagesReachAtMostItemTenThousand() {
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).queryParam("page", 49).queryParam("size", 200)
                .get("/api/v1/appeals/mine").then().statusCode(200);
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).queryParam("page", 50).queryParam("size", 200)
                .get("/api/v1/appeals/mine").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("page"));
        given().auth().oauth2(Tokens.of(Tokens.HOTLINE)).queryParam("reporter", "13800000000")
                .queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .get("/api/v1/appeals").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("violations.field", hasItem("page"));
    }
}
