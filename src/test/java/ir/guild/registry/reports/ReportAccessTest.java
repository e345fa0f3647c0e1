package ir.guild.registry.reports;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The reports are for admins alone: every other role is refused, anyone not signed in must sign in. */
@QuarkusTest
class ReportAccessTest {

    static final List<String> REPORTS = List.of("/api/v1/admin/reports/applications.csv",
            "/api/v1/admin/reports/certificates.csv", "/api/v1/admin/reports/legal-aid.csv");

    private static void everyReportAnswers(int status) {
        for (String report : REPORTS) {
            given().when().get(report).then().statusCode(status);
        }
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void adminsDownloadEveryReport() {
        everyReportAnswers(200);
    }

    @Test
    @TestSecurity(user = "member-1", roles = "member")
    void membersAreRefused() {
        everyReportAnswers(403);
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = { "assessor", "member" })
    void assessorsAreRefused() {
        everyReportAnswers(403);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void counselAreRefusedEvenTheLegalAidStatistics() {
        everyReportAnswers(403);
    }

    @Test
    @TestSecurity(user = "partner-1", roles = "partner")
    void partnerFirmsAreRefused() {
        everyReportAnswers(403);
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void applicantsAreRefused() {
        everyReportAnswers(403);
    }

    @Test
    void anonymousCallersMustSignInFirst() {
        everyReportAnswers(401);
    }
}
