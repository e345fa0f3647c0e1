package ir.guild.registry.certification.web;

import static io.restassured.RestAssured.given;
import static ir.guild.registry.web.PageChecks.persianDigits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import java.util.Locale;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

@QuarkusTest
class VerifyPageTest {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    @Inject
    IssuedCertificates certificates;

    @Inject
    MemberFixtures members;

    @BeforeEach
    @AfterEach
    void clean() {
        certificates.clear();
    }

    @Test
    void theFormAsksForOneLabelledCodeAndSendsItWithoutJavaScript() {
        Document page = Jsoup.parse(browser(Language.FA).when().get("/verify").then().statusCode(200)
                .header("X-Robots-Tag", "noindex").extract().asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        Element form = page.selectFirst("form#verify-form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/verify");
        assertThat(form.select("input:not([type=hidden]), select, textarea")).hasSize(1);
        assertThat(form.selectFirst("input#code").attr("name")).isEqualTo("code");
        assertThat(form.selectFirst("label[for=code]").text()).isEqualTo("کد گواهی‌نامه یا شماره عضویت");
        assertThat(form.selectFirst("button[type=submit]")).isNotNull();
    }

    @Test
    void aValidCertificateInPersianShowsItsHolderTrackLevelAndJalaliDates() {
        Member holder = members.approve("verify-1");
        Certificate certificate = certificates.valid(holder);

        Document page = Jsoup.parse(browser(Language.FA).when().get("/verify/" + certificate.displayCode())
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("X-Robots-Tag", "noindex").header("Cache-Control", containsString("no-store"))
                .extract().asString());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("#verify-status").attr("data-status")).isEqualTo("VALID");
        assertThat(page.selectFirst("#verify-status").attr("class")).contains("border-success", "bg-success-subtle");
        assertThat(page.selectFirst("#verify-status svg[aria-hidden=true]")).isNotNull();
        assertThat(page.selectFirst("#verify-status-word").text()).isEqualTo("معتبر");
        assertThat(page.selectFirst("#verify-status-meaning").text()).contains("معتبر است");
        assertThat(page.selectFirst("#certificate-code").text()).isEqualTo(certificate.displayCode());
        assertThat(page.selectFirst("#certificate-holder").text()).isEqualTo("سارا رضایی");
        assertThat(page.selectFirst("#certificate-holder-latin").text()).isEqualTo("Sara Rezaei");
        assertThat(page.selectFirst("#certificate-track").text()).isEqualTo(IssuedCertificates.TRACK_FA);
        assertThat(page.selectFirst("#certificate-level").text()).isEqualTo("۲");
        assertThat(page.selectFirst("#certificate-issued-on").text())
                .isEqualTo(JalaliDates.formatDate(certificate.issuedOn, PERSIAN)).doesNotContainPattern("[0-9]");
        assertThat(page.selectFirst("#certificate-expires-on").text())
                .isEqualTo(JalaliDates.formatDate(certificate.expiresOn, PERSIAN))
                .endsWith(persianDigits(String.valueOf(JalaliDates.jalaliYear(certificate.expiresOn))));
        assertThat(page.selectFirst("#certificate-expires-on time").attr("datetime"))
                .isEqualTo(certificate.expiresOn.toString());
        assertThat(page.html()).doesNotContain(holder.nationalId).doesNotContain(holder.email)
                .doesNotContain(holder.mobile);
    }

    @Test
    void aValidCertificateInEnglishUsesGregorianDatesAndTheEnglishTitle() {
        Certificate certificate = certificates.valid(members.approve("verify-2"));
        Document page = english("/verify/" + certificate.displayCode(), 200);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("#verify-status-word").text()).isEqualTo("Valid");
        assertThat(page.selectFirst("#certificate-track").text()).isEqualTo(IssuedCertificates.TRACK_EN);
        assertThat(page.selectFirst("#certificate-level").text()).isEqualTo("2");
        assertThat(page.selectFirst("#certificate-expires-on").text())
                .isEqualTo(JalaliDates.formatDate(certificate.expiresOn, Locale.ENGLISH))
                .contains(String.valueOf(certificate.expiresOn.getYear()));
    }

    @Test
    void eachStatusIsShownInWordsWithItsOwnColourAndWhatItMeansForAnEmployer() {
        Certificate expired = certificates.expired(members.approve("verify-3"));
        Certificate suspended = certificates.valid(members.suspended("verify-4"));
        Certificate revoked = certificates.valid(members.approve("verify-5"));
        certificates.revoke(revoked.id);

        assertStatus(english("/verify/" + expired.displayCode(), 200), "EXPIRED", "Expired", "secondary",
                "validity has ended");
        assertStatus(english("/verify/" + suspended.displayCode(), 200), "SUSPENDED", "Suspended", "warning",
                "membership of the guild is suspended");
        assertStatus(english("/verify/" + revoked.displayCode(), 200), "REVOKED", "Revoked", "danger",
                "has revoked this certificate");

        Document persian = Jsoup.parse(browser(Language.FA).when().get("/verify/" + revoked.displayCode())
                .then().statusCode(200).extract().asString());
        assertThat(persian.selectFirst("#verify-status-word").text()).isEqualTo("لغوشده");
    }

    @Test
    void anUnknownCodeIsAClearNotFoundPageWithTheFormToTryAgain() {
        certificates.valid(members.approve("verify-6"));
        for (String code : new String[] { "ZZZZ-ZZZZ-ZZZZ", "not-a-code" }) {
            Document page = Jsoup.parse(browser(Language.FA).when().get("/verify/" + code)
                    .then().statusCode(404).contentType(containsString("text/html"))
                    .header("X-Robots-Tag", "noindex").extract().asString());
            assertThat(page.selectFirst("h1").text()).isEqualTo("پیدا نشد");
            assertThat(page.selectFirst("#not-found").text()).contains("گواهی‌نامه‌ای با این کد");
            assertThat(page.selectFirst("#searched-for").text()).isEqualTo(code);
            assertThat(page.selectFirst("form#verify-form input#code").attr("value")).isEqualTo(code);
        }
        Document english = english("/verify/ZZZZ-ZZZZ-ZZZZ", 404);
        assertThat(english.selectFirst("h1").text()).isEqualTo("Not found");
        assertThat(english.selectFirst("#not-found").text()).contains("No certificate with this code");
    }

    @Test
    void theFormSendsACodeAsTypedToItsPage() {
        Certificate certificate = certificates.issue(members.approve("verify-7"), "0A1B2C3D4E5F", 3,
                MemberFixtures.today().minusDays(3), MemberFixtures.today().plusYears(1));
        for (String typed : new String[] { "0a1b-2c3d-4e5f", " OAIB 2C3D 4E5F ", "۰A۱B۲C۳D۴E۵F" }) {
            browser(Language.FA).queryParam("code", typed).when().get("/verify")
                    .then().statusCode(303).header("Location", endsWith("/verify/0A1B-2C3D-4E5F"));
        }
        Document page = Jsoup.parse(given().accept("text/html").queryParam("code", "oaib2c3d4e5f")
                .when().get("/verify").then().statusCode(200).extract().asString());
        assertThat(page.selectFirst("#certificate-code").text()).isEqualTo(certificate.displayCode());
    }

    @Test
    void theFormSendsAMembershipNumberToTheMembershipCheck() {
        for (String typed : new String[] { "1405-000123", "۱۴۰۵-۰۰۰۱۲۳", "۱۴۰۵۰۰۰۱۲۳", "1405 000123" }) {
            browser(Language.FA).queryParam("code", typed).when().get("/verify")
                    .then().statusCode(303).header("Location", endsWith("/verify/member/1405-000123"));
        }
    }

    @Test
    void whatCannotBeACodeIsRefusedNextToTheFieldInTheReadersLanguage() {
        Document persian = Jsoup.parse(browser(Language.FA).queryParam("code", "hello").when().get("/verify")
                .then().statusCode(400).contentType(containsString("text/html")).extract().asString());
        Element field = persian.selectFirst("input#code");
        assertThat(field.attr("value")).isEqualTo("hello");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(field.attr("aria-describedby")).contains("code-error");
        assertThat(persian.selectFirst("#code-error").text()).startsWith("این کد درست نیست");

        Document english = Jsoup.parse(browser(Language.EN).queryParam("code", "  ").when().get("/verify")
                .then().statusCode(400).extract().asString());
        assertThat(english.selectFirst("#code-error").text())
                .isEqualTo("Type a certificate code or a membership number.");
    }

    @Test
    @TestSecurity(user = "verify-8", roles = { "member", "admin" })
    void signedInPeopleSeeTheSamePage() {
        Certificate certificate = certificates.valid(members.approve("verify-9"));
        Document page = english("/verify/" + certificate.displayCode(), 200);
        assertThat(page.selectFirst("#verify-status-word").text()).isEqualTo("Valid");
        assertThat(page.selectFirst("#certificate-holder-latin").text()).isEqualTo("Sara Rezaei");
    }

    private static void assertStatus(Document page, String status, String word, String tone, String meaning) {
        Element block = page.selectFirst("#verify-status");
        assertThat(block.attr("data-status")).isEqualTo(status);
        assertThat(block.attr("class")).contains("border-" + tone, "bg-" + tone + "-subtle",
                "text-" + tone + "-emphasis");
        assertThat(page.selectFirst("#verify-status-word").text()).isEqualTo(word);
        assertThat(page.selectFirst("#verify-status-meaning").text()).contains(meaning);
    }

    private static Document english(String path, int status) {
        return Jsoup.parse(browser(Language.EN).when().get(path).then().statusCode(status).extract().asString());
    }

    private static RequestSpecification browser(Language language) {
        return given().redirects().follow(false).accept("text/html").cookie(Language.COOKIE, language.code());
    }
}
