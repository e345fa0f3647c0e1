package ir.guild.registry.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.web.Language;

@QuarkusTest
class AdminReportsPageTest {

    static final String PAGE = "/admin/reports";

    @Inject
    IssuedCertificates issued;

    private static Document open(Language language, int status) {
        Response response = given().cookie(Language.COOKIE, language.code()).accept("text/html").redirects()
                .follow(false).when().get(PAGE);
        assertThat(response.statusCode()).isEqualTo(status);
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document document = Jsoup.parse(response.asString(), "", parser);
        assertThat(parser.getErrors()).as("HTML errors").isEmpty();
        return document;
    }

    private static List<String> names(Element form) {
        return form.select("input, select").eachAttr("name");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void thePersianPageOffersOneGetFormPerReportAndTheMembersExport() {
        issued.track("REPORT_PAGE", 2);
        Document page = open(Language.FA, 200);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo("گزارش‌ها");
        assertThat(page.getElementById("members-export").attr("href")).isEqualTo("/api/v1/admin/members/export");

        Element applications = page.getElementById("applications-report");
        assertThat(applications.attr("method")).isEqualTo("get");
        assertThat(applications.attr("action")).isEqualTo("/api/v1/admin/reports/applications.csv");
        assertThat(names(applications)).containsExactly("status", "from", "to");
        assertThat(applications.select("option").eachText()).contains("همه", "ردشده");
        assertThat(applications.getElementById("applications-from").attr("placeholder")).isEqualTo("1405/09/07");

        Element certificates = page.getElementById("certificates-report");
        assertThat(certificates.attr("action")).isEqualTo("/api/v1/admin/reports/certificates.csv");
        assertThat(names(certificates)).containsExactly("track", "status");
        assertThat(certificates.select("#certificates-track option").eachAttr("value")).contains("", "REPORT_PAGE");
        assertThat(certificates.select("#certificates-status option").eachText()).contains("تعلیق‌شده");

        Element legalAid = page.getElementById("legal-aid-report");
        assertThat(legalAid.attr("action")).isEqualTo("/api/v1/admin/reports/legal-aid.csv");
        assertThat(names(legalAid)).containsExactly("from", "to");

        // Every field has its label.
        for (Element field : page.select("form[id$=-report] input, form[id$=-report] select")) {
            assertThat(page.select("label[for=" + field.id() + "]")).as(field.id()).hasSize(1);
        }
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void theEnglishPageHasTheSameFormsWithGregorianHints() {
        Document page = open(Language.EN, 200);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Reports");
        assertThat(page.getElementById("legal-aid-from").attr("placeholder")).isEqualTo("2026-11-28");
        assertThat(page.getElementById("applications-report").select("option").eachText()).contains("Rejected");
        assertThat(page.getElementById("members-export").text()).isEqualTo("Download the member list (CSV)");
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aBlankFormDownloadsTheWholeReport() {
        given().queryParam("status", "").queryParam("from", "").queryParam("to", "")
                .when().get("/api/v1/admin/reports/applications.csv").then().statusCode(200);
        given().queryParam("track", "").queryParam("status", "")
                .when().get("/api/v1/admin/reports/certificates.csv").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "member-1", roles = "member")
    void membersAreRefused() {
        given().accept("text/html").when().get(PAGE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void counselAreRefused() {
        given().accept("text/html").when().get(PAGE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = { "assessor", "member" })
    void assessorsAreRefused() {
        given().accept("text/html").when().get(PAGE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "partner-1", roles = "partner")
    void partnerFirmsAreRefused() {
        given().accept("text/html").when().get(PAGE).then().statusCode(403);
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        given().accept("text/html").redirects().follow(false).when().get(PAGE).then().statusCode(401);
    }
}
