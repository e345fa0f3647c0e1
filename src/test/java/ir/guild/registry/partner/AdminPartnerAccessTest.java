package ir.guild.registry.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ir.guild.registry.identity.OnlyAdminsMayCall;
import ir.guild.registry.membership.MembershipTestData;

/**
 * Only admins reach the partner register, as API and as pages: every other role is refused with
 * 403, anonymous callers with 401, and neither the registry nor Keycloak changes.
 */
@QuarkusTest
class AdminPartnerAccessTest implements OnlyAdminsMayCall {

    @Inject
    MembershipTestData data;

    @Inject
    PartnerFixtures fixtures;

    @Inject
    RecordingPartnerClients keycloak;

    private PartnerFirm firm;

    @BeforeEach
    void oneFirm() {
        data.clear();
        keycloak.reset();
        firm = fixtures.firm("Acme HR", PartnerFixtures.ACME, PartnerStatus.ACTIVE);
    }

    @Override
    public void everyEndpointAnswers(int status) {
        String api = "/api/v1/admin/partners";
        String id = firm.id.toString();
        given().contentType(ContentType.JSON)
                .body(AdminPartnerApiTest.firm("New Firm", AdminPartnerApiTest.OTHER_COMPANY_ID, "a@new.org"))
                .when().post(api).then().statusCode(status);
        given().when().get(api).then().statusCode(status);
        given().when().get(api + "/" + id).then().statusCode(status);
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "version", firm.version))
                .when().post(api + "/" + id + "/status").then().statusCode(status);
        given().contentType(ContentType.JSON).body(Map.of()).when().post(api + "/" + id + "/secret")
                .then().statusCode(status);

        given().accept("text/html").when().get("/admin/partners").then().statusCode(status);
        given().accept("text/html").when().get("/admin/partners/" + id).then().statusCode(status);
        // A genuine CSRF token (from a page anyone may open), so only the role decides.
        Response home = given().when().get("/");
        Element csrf = Jsoup.parse(home.asString()).selectFirst("form[action=/lang] input[type=hidden]");
        for (String path : new String[] { "", "/" + id + "/suspend", "/" + id + "/reactivate", "/" + id + "/secret" }) {
            given().redirects().follow(false).cookies(home.getCookies()).accept("text/html")
                    .formParam(csrf.attr("name"), csrf.attr("value"))
                    .formParam("name", "New Firm").formParam("nationalCompanyId", AdminPartnerApiTest.OTHER_COMPANY_ID)
                    .formParam("contactEmail", "a@new.org").formParam("confirm", "yes")
                    .formParam("version", Integer.toString(firm.version))
                    .when().post("/admin/partners" + path).then().statusCode(status);
        }

        assertThat(keycloak.calls()).isEmpty();
        PartnerFirm now = QuarkusTransaction.requiringNew().call(() -> PartnerFirm.<PartnerFirm>findById(firm.id));
        assertThat(now.status).isEqualTo(PartnerStatus.ACTIVE);
        assertThat(now.version).isEqualTo(firm.version);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PartnerFirm.count())).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void adminsGetIn() {
        given().when().get("/api/v1/admin/partners").then().statusCode(200);
        given().accept("text/html").when().get("/admin/partners/" + firm.id).then().statusCode(200);
    }
}
