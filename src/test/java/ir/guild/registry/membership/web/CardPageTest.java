package ir.guild.registry.membership.web;

import static io.restassured.RestAssured.given;
import static ir.guild.registry.web.PageChecks.decodeQr;
import static ir.guild.registry.web.PageChecks.persianDigits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.membership.EnrolledMembers;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

@QuarkusTest
class CardPageTest {

    @Inject
    MembershipTestData data;

    @Inject
    EnrolledMembers members;

    @ConfigProperty(name = "guild.public-url")
    String publicUrl;

    @BeforeEach
    void clean() {
        data.clear();
    }

    @Test
    @TestSecurity(user = "card-1", roles = "member")
    void aMembersCardShowsTheirMembershipInPersianWithJalaliDatesAndPersianDigits() {
        Member member = members.enrol("card-1");
        Document page = Jsoup.parse(given().when().get("/me/card").then().statusCode(200)
                .contentType(containsString("text/html")).header("Cache-Control", containsString("no-store"))
                .extract().asString());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("#card-guild").text()).isEqualTo("صنف ملی برنامه‌نویسان ایران");
        assertThat(page.selectFirst("#card-name").text()).isEqualTo("سارا رضایی");
        assertThat(page.selectFirst("#card-name-latin").text()).isEqualTo("Sara Rezaei");
        assertThat(page.selectFirst("#card-number").attr("data-number")).isEqualTo(member.membershipNumber);
        assertThat(page.selectFirst("#card-number").text())
                .isEqualTo(persianDigits(member.membershipNumber))
                .matches("[۰-۹]{4}-[۰-۹]{6}");
        assertThat(page.selectFirst("#card-grade").text()).isEqualTo("عضو ارشد");
        assertThat(page.selectFirst("#card-status").text()).isEqualTo("فعال");

        String validUntil = page.selectFirst("#card-valid-until").text();
        assertThat(validUntil)
                .isEqualTo(JalaliDates.formatDate(member.validUntil, Locale.forLanguageTag("fa")))
                .matches("[۰-۹]{1,2} \\S+ [۰-۹]{4}")
                .endsWith(persianDigits(String.valueOf(JalaliDates.jalaliYear(member.validUntil))))
                .doesNotContainPattern("[0-9]");
        assertThat(page.selectFirst("#card-valid-until time").attr("datetime"))
                .isEqualTo(member.validUntil.toString());
    }

    @Test
    @TestSecurity(user = "card-2", roles = "member")
    void theCardInEnglishShowsGregorianDatesAndEnglishWords() {
        Member member = members.enrol("card-2");
        Document page = Jsoup.parse(given().cookie(Language.COOKIE, "en").when().get("/me/card")
                .then().statusCode(200).extract().asString());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("#card-guild").text()).isEqualTo("The National Programmers' Guild of Iran");
        assertThat(page.selectFirst("#card-name").text()).isEqualTo("سارا رضایی");
        assertThat(page.selectFirst("#card-name-latin").text()).isEqualTo("Sara Rezaei");
        assertThat(page.selectFirst("#card-number").text()).isEqualTo(member.membershipNumber);
        assertThat(page.selectFirst("#card-grade").text()).isEqualTo("Senior");
        assertThat(page.selectFirst("#card-status").text()).isEqualTo("Active");
        assertThat(page.selectFirst("#card-valid-until").text())
                .isEqualTo(member.validUntil.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
    }

    @Test
    @TestSecurity(user = "card-3", roles = "member")
    void theCardHasAQrImageWithAltTextAndTheLinkItEncodes() {
        Member member = members.enrol("card-3");
        Document page = Jsoup.parse(given().when().get("/me/card").then().statusCode(200).extract().asString());

        var qr = page.selectFirst("img#card-qr");
        assertThat(qr.attr("src")).isEqualTo("/me/card/qr.png");
        assertThat(qr.attr("alt")).contains("QR").contains(persianDigits(member.membershipNumber));
        assertThat(page.selectFirst("#card-verification-link").attr("href"))
                .isEqualTo(publicUrl + "/verify/member/" + member.membershipNumber);
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/css/card.css");
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void theCardStylesheetHasAPrintLayout() {
        given().when().get("/css/card.css").then().statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("@media print"))
                .body(containsString("85.6mm"));
    }

    @Test
    @TestSecurity(user = "card-4", roles = "member")
    void theQrImageIsAPngThatDecodesToTheMembershipCheckAddress() throws Exception {
        members.enrol("someone-else");
        Member member = members.enrol("card-4");
        byte[] png = given().when().get("/me/card/qr.png").then().statusCode(200)
                .contentType("image/png").header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();

        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        assertThat(decodeQr(png)).isEqualTo(publicUrl + "/verify/member/" + member.membershipNumber);
    }

    @Test
    @TestSecurity(user = "card-5", roles = "member")
    void aSuspendedMembershipSaysSoOnTheCard() {
        Member member = members.enrol("card-5");
        members.status(member, Member.StoredStatus.SUSPENDED);
        Document page = Jsoup.parse(given().when().get("/me/card").then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("#card-status").text()).isEqualTo("تعلیق‌شده");
        assertThat(page.selectFirst("#card-status").attr("data-status")).isEqualTo("SUSPENDED");
    }

    @Test
    @TestSecurity(user = "card-6", roles = "member")
    void anExpiredMembershipSaysSoWithTheDateItEnded() {
        Member member = members.enrol("card-6");
        members.validUntil(member, LocalDate.of(2026, 3, 21));
        Document page = Jsoup.parse(given().when().get("/me/card").then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("#card-status").text()).isEqualTo("منقضی‌شده");
        assertThat(page.selectFirst("#card-valid-until").text()).isEqualTo("۱ فروردین ۱۴۰۵");
    }

    @Test
    @TestSecurity(user = "card-7", roles = "member")
    void aRevokedMembershipHasNoCard() {
        Member member = members.enrol("card-7");
        members.status(member, Member.StoredStatus.REVOKED);
        given().when().get("/me/card").then().statusCode(404);
        given().when().get("/me/card/qr.png").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void anApplicantIsToldTheyAreNotAMemberWith404() {
        members.enrol("card-8");
        Document page = Jsoup.parse(given().when().get("/me/card").then().statusCode(404)
                .contentType(containsString("text/html")).extract().asString());
        assertThat(page.selectFirst("#not-member").text()).isEqualTo("شما عضو صنف نیستید");
        assertThat(page.select("a[href=/apply]")).isNotEmpty();
        assertThat(page.select("#card-number")).isEmpty();
        given().when().get("/me/card/qr.png").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "member-without-row", roles = "member")
    void theMemberRoleWithoutAMembershipInTheRegisterGives404() {
        members.enrol("card-9");
        given().when().get("/me/card").then().statusCode(404);
        given().when().get("/me/card/qr.png").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminWhoIsNotAMemberGets404() {
        given().when().get("/me/card").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void anAssessorWhoIsNotAMemberGets404() {
        given().when().get("/me/card").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void aCounselWhoIsNotAMemberGets404() {
        given().when().get("/me/card").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "partner-1", roles = "partner")
    void aPartnerFirmHasNoCard() {
        given().when().get("/me/card").then().statusCode(404);
        given().when().get("/me/card/qr.png").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "card-10", roles = { "member", "admin" })
    void anAdminWhoIsAlsoAMemberSeesTheirOwnCard() {
        Member member = members.enrol("card-10");
        Document page = Jsoup.parse(given().when().get("/me/card").then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("#card-number").attr("data-number")).isEqualTo(member.membershipNumber);
    }

    @Test
    void anonymousVisitorsAre401() {
        given().when().get("/me/card").then().statusCode(401);
        given().when().get("/me/card/qr.png").then().statusCode(401);
    }
}
