package ir.guild.registry.dashboard;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.identity.OnlyAdminsMayCall;

/** The guild's figures, as the home page and as JSON, are for admins alone. */
@QuarkusTest
class DashboardAccessTest implements OnlyAdminsMayCall {

    @Override
    public void everyEndpointAnswers(int status) {
        given().accept("application/json").when().get("/api/v1/admin/stats").then().statusCode(status);
        given().accept("application/json").when().get("/api/v1/admin/delivery-health").then().statusCode(status);
        given().accept("text/html").redirects().follow(false).when().get("/admin").then().statusCode(status);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void adminsReadTheFiguresBothWays() {
        everyEndpointAnswers(200);
    }
}
