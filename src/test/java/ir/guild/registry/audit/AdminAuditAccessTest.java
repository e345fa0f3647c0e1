package ir.guild.registry.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.identity.OnlyAdminsMayCall;

/**
 * Only admins read the audit log, as API and as page: every other role is refused with 403,
 * anonymous callers with 401, and a refused CSV export leaves no trace in the log.
 */
@QuarkusTest
class AdminAuditAccessTest implements OnlyAdminsMayCall {

    @Inject
    AuditFixtures fixtures;

    @BeforeEach
    void oneEntry() {
        fixtures.clear();
        fixtures.entry(Instant.parse("2026-11-28T10:00:00Z"), "demo-admin", "admin", "member.suspend", "Member",
                "1405-000001", "status: ACTIVE -> SUSPENDED");
    }

    @Override
    public void everyEndpointAnswers(int status) {
        given().when().get("/api/v1/admin/audit").then().statusCode(status);
        given().when().get("/api/v1/admin/audit.csv").then().statusCode(status);
        given().when().get("/api/v1/admin/audit/verify").then().statusCode(status);
        given().accept("text/html").when().get("/admin/audit").then().statusCode(status);
        // A genuine CSRF token (from a page anyone may open), so only the role decides.
        Response home = given().when().get("/");
        Element csrf = Jsoup.parse(home.asString()).selectFirst("form[action=/lang] input[type=hidden]");
        given().redirects().follow(false).cookies(home.getCookies()).accept("text/html")
                .formParam(csrf.attr("name"), csrf.attr("value"))
                .when().post("/admin/audit/verify").then().statusCode(status);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count())).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void adminsGetIn() {
        given().when().get("/api/v1/admin/audit").then().statusCode(200);
        given().when().get("/api/v1/admin/audit/verify").then().statusCode(200);
        given().when().get("/api/v1/admin/audit.csv").then().statusCode(200);
        given().accept("text/html").when().get("/admin/audit").then().statusCode(200);
    }
}
