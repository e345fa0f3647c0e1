package ir.guild.registry.membership.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.inject.Inject;

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
import ir.guild.registry.web.PageChecks;

@QuarkusTest
class MemberCheckPageTest {

    @Inject
    MembershipTestData data;

    @Inject
    EnrolledMembers members;

    @BeforeEach
    void clean() {
        data.clear();
    }

    @Test
    void anyoneCanCheckAMembershipByItsNumberAndSeesNoPersonalDetails() {
        Member member = members.enrol("check-1");
        String html = given().when().get("/verify/member/" + member.membershipNumber).then().statusCode(200)
                .contentType(containsString("text/html")).header("X-Robots-Tag", "noindex").extract().asString();
        Document page = Jsoup.parse(html);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("#check-name").text()).isEqualTo("سارا رضایی");
        assertThat(page.selectFirst("#check-name-latin").text()).isEqualTo("Sara Rezaei");
        assertThat(page.selectFirst("#check-grade").text()).isEqualTo("عضو ارشد");
        assertThat(page.selectFirst("#check-status").text()).isEqualTo("فعال");
        assertThat(page.selectFirst("#check-valid-until").text())
                .isEqualTo(JalaliDates.formatDate(member.validUntil, Locale.forLanguageTag("fa")));
        assertThat(html).doesNotContain(member.nationalId).doesNotContain(member.email).doesNotContain(member.mobile);
    }

    @Test
    void theCheckInEnglishUsesGregorianDates() {
        Member member = members.enrol("check-2");
        Document page = Jsoup.parse(given().cookie(Language.COOKIE, "en")
                .when().get("/verify/member/" + member.membershipNumber).then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("#check-number").text()).isEqualTo(member.membershipNumber);
        assertThat(page.selectFirst("#check-grade").text()).isEqualTo("Senior");
        assertThat(page.selectFirst("#check-status").text()).isEqualTo("Active");
        assertThat(page.selectFirst("#check-valid-until").text())
                .isEqualTo(member.validUntil.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
    }

    @Test
    void aSuspendedExpiredOrRevokedMembershipShowsItsStatus() {
        Member suspended = members.enrol("check-3");
        members.status(suspended, Member.StoredStatus.SUSPENDED);
        Member expired = members.enrol("check-4");
        members.validUntil(expired, LocalDate.now(ir.guild.registry.web.GuildClock.ZONE).minusDays(1));
        Member revoked = members.enrol("check-5");
        members.status(revoked, Member.StoredStatus.REVOKED);

        assertThat(statusOf(suspended)).isEqualTo("Suspended");
        assertThat(statusOf(expired)).isEqualTo("Expired");
        assertThat(statusOf(revoked)).isEqualTo("Revoked");
    }

    @Test
    void aNumberTypedInPersianDigitsFindsTheMembership() {
        Member member = members.enrol("check-6");
        String typed = PageChecks.persianDigits(member.membershipNumber);
        given().urlEncodingEnabled(false)
                .when().get("/verify/member/" + URLEncoder.encode(typed, StandardCharsets.UTF_8))
                .then().statusCode(200);
    }

    @Test
    void anUnknownNumberIsTheNotFoundPageWithTheFormToTryAgain() {
        members.enrol("check-7");
        for (String number : new String[] { "1300-999999", "not-a-number" }) {
            Document page = Jsoup.parse(given().accept("text/html").when().get("/verify/member/" + number)
                    .then().statusCode(404).contentType(containsString("text/html"))
                    .header("X-Robots-Tag", "noindex").extract().asString());
            assertThat(page.selectFirst("h1").text()).isEqualTo("پیدا نشد");
            assertThat(page.selectFirst("#not-found").text()).contains("عضوی با این شماره");
            assertThat(page.selectFirst("#searched-for").text()).isEqualTo(number);
            assertThat(page.selectFirst("form#verify-form[action=/verify] input#code").attr("value")).isEqualTo(number);
        }
    }

    @Test
    void theStatusIsShownLargeWithItsColourAndWhatItMeans() {
        Member active = members.enrol("check-10");
        Member suspended = members.enrol("check-11");
        members.status(suspended, Member.StoredStatus.SUSPENDED);

        Document activePage = Jsoup.parse(given().cookie(Language.COOKIE, "en")
                .when().get("/verify/member/" + active.membershipNumber).then().statusCode(200).extract().asString());
        assertThat(activePage.selectFirst("#verify-status").attr("data-status")).isEqualTo("ACTIVE");
        assertThat(activePage.selectFirst("#verify-status").attr("class")).contains("border-success");
        assertThat(activePage.selectFirst("#verify-status-meaning").text()).contains("active member");
        assertThat(activePage.selectFirst("form#verify-form")).isNotNull();

        Document suspendedPage = Jsoup.parse(given().when().get("/verify/member/" + suspended.membershipNumber)
                .then().statusCode(200).extract().asString());
        assertThat(suspendedPage.selectFirst("#verify-status").attr("class")).contains("border-warning");
        assertThat(suspendedPage.selectFirst("#verify-status-word").text()).isEqualTo("تعلیق‌شده");
        assertThat(suspendedPage.selectFirst("#verify-status-meaning").text()).contains("معلق است");
    }

    @Test
    void aNumberTypedWithoutItsDashFindsTheMembership() {
        Member member = members.enrol("check-12");
        given().when().get("/verify/member/" + member.membershipNumber.replace("-", "")).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "check-8", roles = "member")
    void signedInPeopleSeeTheSameCheck() {
        Member other = members.enrol("check-9");
        Document page = Jsoup.parse(given().when().get("/verify/member/" + other.membershipNumber)
                .then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("#check-name").text()).isEqualTo("سارا رضایی");
    }

    private String statusOf(Member member) {
        return Jsoup.parse(given().cookie(Language.COOKIE, "en").when()
                .get("/verify/member/" + member.membershipNumber).then().statusCode(200).extract().asString())
                .selectFirst("#check-status").text();
    }
}
