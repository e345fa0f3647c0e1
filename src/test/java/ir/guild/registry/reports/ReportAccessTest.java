package ir.guild.registry.reports;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.identity.OnlyAdminsMayCall;

/**
 * The reports are for admins alone: every other role is refused (even counsel, for the legal-aid
 * statistics), anyone not signed in must sign in.
 */
@QuarkusTest
class ReportAccessTest implements OnlyAdminsMayCall {

    static final List<String> REPORTS = List.of("/api/v1/admin/reports/applications.csv",
            "/api/v1/admin/reports/certificates.csv", "/api/v1/admin/reports/legal-aid.csv");

    @Override
    public void everyEndpointAnswers(int status) {
        for (String report : REPORTS) {
            given().when().get(report).then().statusCode(status);
        }
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void adminsDownloadEveryReport() {
        everyEndpointAnswers(200);
    }
}
