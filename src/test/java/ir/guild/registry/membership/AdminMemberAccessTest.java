package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Only admins reach the register, as API and as pages: every other role is refused with
 * 403, anonymous callers with 401, and nothing changes.
 */
@QuarkusTest
class AdminMemberAccessTest {

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures fixtures;

    private Member member;

    @BeforeEach
    void oneMember() {
        data.clear();
        member = fixtures.approve("the-member");
    }

    /** Every endpoint and page of the register, each answering {@code status}; nothing may change. */
    private void everyEndpointAnswers(int status) {
        String number = member.membershipNumber;
        String api = "/api/v1/admin/members";
        given().when().get(api).then().statusCode(status);
        given().when().get(api + "/" + number).then().statusCode(status);
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "reason", "x"))
                .when().post(api + "/" + number + "/status").then().statusCode(status);
        given().contentType(ContentType.JSON).body(Map.of("status", "REVOKED", "reason", "x"))
                .when().post(api + "/" + number + "/status").then().statusCode(status);
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post(api + "/" + number + "/renewals").then().statusCode(status);

        given().accept("text/html").when().get("/admin/members").then().statusCode(status);
        given().accept("text/html").when().get("/admin/members/" + number).then().statusCode(status);
        // A genuine CSRF token (from a page anyone may open), so only the role decides.
        Response home = given().when().get("/");
        Element csrf = Jsoup.parse(home.asString()).selectFirst("form[action=/lang] input[type=hidden]");
        for (String action : new String[] { "suspend", "reinstate", "revoke", "renew" }) {
            given().redirects().follow(false).cookies(home.getCookies()).accept("text/html")
                    .formParam(csrf.attr("name"), csrf.attr("value"))
                    .formParam("reason", "x").formParam("confirm", "yes")
                    .formParam("version", Integer.toString(member.version))
                    .when().post("/admin/members/" + number + "/" + action).then().statusCode(status);
        }

        Member now = fixtures.reload(number);
        assertThat(now.status).isEqualTo(Member.StoredStatus.ACTIVE);
        assertThat(now.validUntil).isEqualTo(member.validUntil);
        assertThat(now.version).isEqualTo(member.version);
    }

    @Test
    void anonymousCallersAre401() {
        everyEndpointAnswers(401);
    }

    @Test
    @TestSecurity(user = "applicant")
    void applicantsAre403() {
        everyEndpointAnswers(403);
    }

    @Test
    @TestSecurity(user = "the-member", roles = "member")
    void membersAre403EvenForThemselves() {
        everyEndpointAnswers(403);
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = { "assessor", "member" })
    void assessorsAre403() {
        everyEndpointAnswers(403);
    }

    @Test
    @TestSecurity(user = "demo-counsel", roles = { "counsel", "member" })
    void counselAre403() {
        everyEndpointAnswers(403);
    }

    @Test
    @TestSecurity(user = "demo-partner", roles = "partner")
    void partnersAre403() {
        everyEndpointAnswers(403);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = { "admin", "member" })
    void adminsReachEveryEndpoint() {
        String api = "/api/v1/admin/members/";
        given().when().get("/api/v1/admin/members").then().statusCode(200);
        given().when().get(api + member.membershipNumber).then().statusCode(200);
        given().accept("text/html").when().get("/admin/members").then().statusCode(200);
        given().accept("text/html").when().get("/admin/members/" + member.membershipNumber).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "reason", "x"))
                .when().post(api + member.membershipNumber + "/status").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post(api + member.membershipNumber + "/renewals").then().statusCode(200);
    }
}
