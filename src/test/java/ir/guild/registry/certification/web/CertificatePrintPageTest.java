package ir.guild.registry.certification.web;

import static io.restassured.RestAssured.given;
import static ir.guild.registry.web.PageChecks.decodeQr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.membership.EnrolledMembers;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/** The printable certificate and its QR code, for the holder only. */
@QuarkusTest
class CertificatePrintPageTest {

    @Inject
    IssuedCertificates fixtures;

    @Inject
    EnrolledMembers members;

    @ConfigProperty(name = "guild.public-url")
    String publicUrl;

    @BeforeEach
    @AfterEach
    void clean() {
        fixtures.clear();
    }

    /** A certificate of the signed-in holder (Sara Rezaei) at level 2, issued today. */
    private Certificate held(String subject) {
        fixtures.track("BACKEND_JAVA", 3);
        Member member = members.enrol(subject);
        return fixtures.certificate(member, "BACKEND_JAVA", 2, LocalDate.now(GuildClock.ZONE));
    }

    private static Response print(Certificate certificate, Language language) {
        return given().cookie(Language.COOKIE, language.code()).accept("text/html").when()
                .get("/me/certifications/" + certificate.id + "/print");
    }

    @Test
    @TestSecurity(user = "holder-1", roles = "member")
    void theHolderPrintsTheirCertificateInPersianWithJalaliDatesAndTheGroupedCode() {
        Certificate certificate = held("holder-1");
        Response response = print(certificate, Language.FA);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        Document page = TrackPagesTest.parse(response);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("#certificate-guild").text()).isEqualTo("صنف ملی برنامه‌نویسان ایران");
        assertThat(page.selectFirst("#certificate-holder").text()).isEqualTo("سارا رضایی");
        assertThat(page.selectFirst("#certificate-holder-latin").text()).isEqualTo("Sara Rezaei");
        assertThat(page.selectFirst("#certificate-track").text()).isEqualTo("مسیر BACKEND_JAVA");
        assertThat(page.selectFirst("#certificate-track-other").text()).isEqualTo("Track BACKEND_JAVA");
        assertThat(page.selectFirst("#certificate-level").text()).isEqualTo("۲");
        assertThat(page.selectFirst("#certificate-issued").text())
                .isEqualTo(JalaliDates.formatDate(certificate.issuedOn, Locale.forLanguageTag("fa")))
                .doesNotContainPattern("[0-9]");
        assertThat(page.selectFirst("#certificate-expires time").attr("datetime"))
                .isEqualTo(certificate.expiresOn.toString());
        assertThat(page.selectFirst("#certificate-code").text())
                .isEqualTo(certificate.displayCode())
                .matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(page.selectFirst("#certificate-status").text()).isEqualTo("معتبر");
        assertThat(page.selectFirst("#certificate-stamp")).isNull();
    }

    @Test
    @TestSecurity(user = "holder-2", roles = "member")
    void theCertificateInEnglishHasGregorianDates() {
        Certificate certificate = held("holder-2");
        Document page = TrackPagesTest.parse(print(certificate, Language.EN));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("#certificate-title").text()).isEqualTo("Certificate of skill");
        assertThat(page.selectFirst("#certificate-track").text()).isEqualTo("Track BACKEND_JAVA");
        assertThat(page.selectFirst("#certificate-level").text()).isEqualTo("2");
        assertThat(page.selectFirst("#certificate-expires").text())
                .isEqualTo(certificate.expiresOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        assertThat(page.selectFirst("#certificate-status").text()).isEqualTo("Valid");
    }

    @Test
    @TestSecurity(user = "holder-3", roles = "member")
    void thePageShowsTheQrImageAndTheVerificationAddressAndUsesThePrintStylesheet() {
        Certificate certificate = held("holder-3");
        Document page = TrackPagesTest.parse(print(certificate, Language.FA));
        var qr = page.selectFirst("img#certificate-qr");
        assertThat(qr.attr("src")).isEqualTo("/me/certifications/" + certificate.id + "/qr.png");
        assertThat(qr.attr("alt")).contains("QR").contains(certificate.displayCode());
        String url = publicUrl + "/verify/" + certificate.displayCode();
        assertThat(page.selectFirst("#certificate-verification-link").attr("href")).isEqualTo(url);
        assertThat(page.selectFirst("#certificate-verification-link").text()).isEqualTo(url);
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/css/certificate.css");
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void theCertificateStylesheetPrintsOneLandscapeA4Page() {
        given().when().get("/css/certificate.css").then().statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("@media print"))
                .body(containsString("size: A4 landscape"));
    }

    @Test
    @TestSecurity(user = "holder-4", roles = "member")
    void theQrCodeDecodesToTheCertificatesPublicCheck() throws Exception {
        Certificate certificate = held("holder-4");
        byte[] png = given().when().get("/me/certifications/" + certificate.id + "/qr.png").then().statusCode(200)
                .contentType("image/png").header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();
        assertThat(decodeQr(png)).isEqualTo(publicUrl + "/verify/" + certificate.displayCode());
    }

    @Test
    @TestSecurity(user = "holder-5", roles = "member")
    void aRevokedCertificateCarriesARevokedStamp() {
        Certificate certificate = held("holder-5");
        fixtures.revoke(certificate.id, "Evidence was not the member's own work");
        Document page = TrackPagesTest.parse(print(certificate, Language.FA));
        assertThat(page.selectFirst("#certificate-stamp").text()).isEqualTo("لغوشده");
        assertThat(page.selectFirst("#certificate-stamp").attr("data-status")).isEqualTo("REVOKED");
        assertThat(page.selectFirst("#certificate-status").text()).isEqualTo("لغوشده");
    }

    @Test
    @TestSecurity(user = "holder-6", roles = "member")
    void aCertificateOfASuspendedMemberIsStampedSuspended() {
        Certificate certificate = held("holder-6");
        members.status(members.reload(certificate.memberId), Member.StoredStatus.SUSPENDED);
        Document page = TrackPagesTest.parse(print(certificate, Language.EN));
        assertThat(page.selectFirst("#certificate-stamp").text()).isEqualTo("Suspended");
    }

    // --- who may ------------------------------------------------------------

    private void notFoundFor(Certificate certificate) {
        assertThat(print(certificate, Language.FA).statusCode()).isEqualTo(404);
        given().when().get("/me/certifications/" + certificate.id + "/qr.png").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "other-member", roles = "member")
    void anotherMemberGets404ForTheCertificateAndItsQr() {
        members.enrol("other-member");
        notFoundFor(held("holder-7"));
        given().accept("text/html").when().get("/me/certifications/999999/print").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = { "admin", "member" })
    void anAdminWhoIsNotTheHolderGets404() {
        notFoundFor(held("holder-8"));
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void anAssessorGets404() {
        notFoundFor(held("holder-9"));
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void counselGet404() {
        notFoundFor(held("holder-10"));
    }

    @Test
    @TestSecurity(user = "partner-1", roles = "partner")
    void aPartnerFirmGets404() {
        notFoundFor(held("holder-11"));
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void anApplicantGets404() {
        notFoundFor(held("holder-12"));
    }

    @Test
    void anonymousVisitorsAre401() {
        Certificate certificate = held("holder-13");
        assertThat(print(certificate, Language.FA).statusCode()).isEqualTo(401);
        given().when().get("/me/certifications/" + certificate.id + "/qr.png").then().statusCode(401);
    }
}
