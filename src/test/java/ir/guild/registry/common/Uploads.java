package ir.guild.registry.common;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Form uploads in tests carry the CSRF cookie and token, as a browser's would. */
public final class Uploads {

    public static final String CSRF_COOKIE = "guild-csrf";

    private Uploads() {
    }

    /** A request carrying a fresh CSRF cookie, fetched from a safe request, and the same token in the header. */
    public static RequestSpecification form() {
        String token = given().when().get("/api/v1/reference").then().extract().cookie(CSRF_COOKIE);
        if (token == null) {
            throw new AssertionError("No CSRF cookie was set");
        }
        return given().cookie(CSRF_COOKIE, token).header("X-CSRF-TOKEN", token);
    }
}
