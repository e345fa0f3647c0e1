package ir.guild.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemJsonTest {

    private static final String PROBE = "/api/v1/test-probe";

    @Test
    void invalidFieldsAreListedByName() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"code\":\"TOOLONG\",\"years\":99,\"tags\":[\"ok\",\"\"]}")
                .when().post(PROBE + "/validated")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("urn:guild:problem:validation"))
                .body("title", notNullValue())
                .body("errors.field", hasItems("name", "code", "years", "tags[1]"))
                .body("errors.find { it.field == 'name' }.message", notNullValue());
    }

    @Test
    void aQueryParameterOutOfBoundsIsNamed() {
        given().when().get(PROBE + "/page?size=1000")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post(PROBE + "/validated")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void aWronglyTypedFieldIsNamed() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"years\":\"many\"}")
                .when().post(PROBE + "/validated")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("years"));
    }

    @Test
    void aValidRequestPassesThrough() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Sara\",\"code\":\"AB\",\"years\":3}")
                .when().post(PROBE + "/validated")
                .then().statusCode(200)
                .body("name", equalTo("Sara"));
    }

    @Test
    void aConflictIs409WithItsDetail() {
        given().when().get(PROBE + "/conflict")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("The application was already decided"))
                .body("instance", equalTo(PROBE + "/conflict"));
    }

    @Test
    void aMissingEntityIs404() {
        given().when().get(PROBE + "/missing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void anUnknownApiPathIs404Problem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unexpectedErrorsHideTheirInternals() {
        given().when().get(PROBE + "/crash")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body(not(containsString("ir.guild")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("secret internal detail")))
                .body("detail", containsString("error id"));
    }

    @Test
    void failuresOutsideTheRestLayerAlsoHideTheirInternals() {
        given().when().get(FailingRouteProbe.PATH)
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body(not(containsString("ir.guild")))
                .body(not(containsString("IllegalStateException")))
                .body("detail", containsString("error id"));
    }

    @Test
    void anonymousCallersGet401WithABearerChallenge() {
        given().when().get(PROBE + "/admin-only")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    @TestSecurity(user = "demo-member", roles = "member")
    void aMissingRoleIs403() {
        given().when().get(PROBE + "/admin-only")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theRightRolePasses() {
        given().when().get(PROBE + "/admin-only").then().statusCode(200);
    }

    @Test
    void aWrongMediaTypeIs415() {
        given().contentType(ContentType.XML).body("<sample/>")
                .when().post(PROBE + "/validated")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void aWrongMethodIs405() {
        given().when().delete(PROBE + "/conflict")
                .then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void anOversizedBodyIs413BeforeItIsRead() {
        byte[] body = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        given().contentType(ContentType.JSON).body(body)
                .when().post(PROBE + "/validated")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void problemsCarryNoEmptyErrorList() {
        given().when().get(PROBE + "/missing")
                .then().body("errors", nullValue());
    }
}
