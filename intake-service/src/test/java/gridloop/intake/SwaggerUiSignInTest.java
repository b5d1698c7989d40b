package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI (on in tests and in ./gridloop, off in production) signs in at the district's provider as the public
 * client, with the authorization code flow and PKCE; the document names the OpenID Connect discovery it uses.
 */
@QuarkusTest
class SwaggerUiSignInTest {

    @Test
    void swaggerUiAuthorisesAsThePublicClientWithPkce() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("clientId: 'gridloop-app'"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/realms/gridloop/.well-known/openid-configuration"));
    }
}
