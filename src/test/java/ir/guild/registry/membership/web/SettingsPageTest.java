package ir.guild.registry.membership.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.membership.EnrolledMembers;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.web.Language;

@QuarkusTest
class SettingsPageTest {

    private static final String SETTINGS = "/me/settings";

    @Inject
    MembershipTestData data;

    @Inject
    EnrolledMembers members;

    @BeforeEach
    void clean() {
        data.clear();
    }

    /** The settings form as a browser sees it: its cookies, its CSRF field, and the values it shows. */
    record Form(Map<String, String> cookies, String csrfField, String csrfToken, Document page) {

        static Form load(String language) {
            Response response = given().cookie(Language.COOKIE, language).when().get(SETTINGS);
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.asString());
            Element form = page.selectFirst("form[action=/me/settings]");
            Element csrf = form.select("input[type=hidden]").first();
            return new Form(response.getCookies(), csrf.attr("name"), csrf.attr("value"), page);
        }

        Response post(Map<String, String> fields, String language) {
            Map<String, String> cookies = new HashMap<>(this.cookies);
            cookies.put(Language.COOKIE, language);
            // Browsers send forms in the page's encoding, UTF-8.
            var request = given().redirects().follow(false).cookies(cookies)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam(csrfField, csrfToken);
            fields.forEach(request::formParam);
            return request.when().post(SETTINGS);
        }
    }

    private static Map<String, String> fields(String email, String mobile, String province, String city,
            boolean listed) {
        Map<String, String> fields = new HashMap<>();
        fields.put("email", email);
        fields.put("mobile", mobile);
        fields.put("province", province);
        fields.put("city", city);
        if (listed) {
            fields.put("directoryListed", "true");
        }
        return fields;
    }

    @Test
    @TestSecurity(user = "settings-1", roles = "member")
    void theFormShowsTheStoredValuesAndEveryFieldHasALabel() {
        Member member = members.enrol("settings-1");
        Document page = Form.load("fa").page();

        assertThat(page.selectFirst("h1").text()).isEqualTo("تنظیمات عضویت");
        assertThat(page.selectFirst("input#email").val()).isEqualTo(member.email);
        assertThat(page.selectFirst("input#mobile").val()).isEqualTo(member.mobile);
        assertThat(page.selectFirst("input#city").val()).isEqualTo(member.city);
        assertThat(page.selectFirst("select#province option[selected]").val()).isEqualTo("TEHRAN");
        assertThat(page.selectFirst("select#province option[selected]").text()).isEqualTo("تهران");
        assertThat(page.selectFirst("input#directoryListed").hasAttr("checked")).isTrue();
        for (Element field : page.select("form[action=/me/settings] input:not([type=hidden]), "
                + "form[action=/me/settings] select")) {
            assertThat(page.select("label[for=" + field.id() + "]")).as("label of " + field.id()).hasSize(1);
        }
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "settings-2", roles = "member")
    void savingTheFormChangesTheMembershipAndRedirectsToTheSavedPage() {
        Member before = members.enrol("settings-2");
        Form form = Form.load("fa");

        form.post(fields("Sara@Example.org", "۰۹۱۲ ۷۶۵ ۴۳۲۱", "ESFAHAN", "اصفهان", false), "fa")
                .then().statusCode(303).header("Location", endsWith("/me/settings?saved=1"));

        Member after = members.reload(before.id);
        assertThat(after.email).isEqualTo("sara@example.org");
        assertThat(after.mobile).isEqualTo("09127654321");
        assertThat(after.province.name()).isEqualTo("ESFAHAN");
        assertThat(after.city).isEqualTo("اصفهان");
        assertThat(after.directoryListed).isFalse();

        Document saved = Jsoup.parse(given().when().get(SETTINGS + "?saved=1").then().statusCode(200)
                .extract().asString());
        assertThat(saved.selectFirst("#settings-saved").text()).isEqualTo("تغییرات ذخیره شد.");
        assertThat(saved.selectFirst("input#directoryListed").hasAttr("checked")).isFalse();
        assertThat(saved.selectFirst("select#province option[selected]").val()).isEqualTo("ESFAHAN");
    }

    @Test
    @TestSecurity(user = "settings-3", roles = "member")
    void badInputIsShownAgainWithEachErrorByItsFieldInPersianAndNothingIsWritten() {
        Member before = members.enrol("settings-3");
        Form form = Form.load("fa");

        String html = form.post(fields("not-an-email", "12345", "ESFAHAN", "اصفهان", false), "fa")
                .then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        Document page = Jsoup.parse(html);

        assertThat(page.selectFirst("#settings-invalid")).isNotNull();
        assertThat(page.selectFirst("#email-error").text()).isEqualTo("نشانی رایانامه معتبر نیست.");
        assertThat(page.selectFirst("input#email").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("input#email").attr("aria-describedby")).isEqualTo("email-error");
        assertThat(page.selectFirst("#mobile-error").text()).isEqualTo("شماره همراه باید به شکل ۰۹xxxxxxxxx باشد.");
        assertThat(page.select("#city-error, #province-error")).isEmpty();
        // What was typed is shown again, so it can be corrected rather than retyped.
        assertThat(page.selectFirst("input#email").val()).isEqualTo("not-an-email");
        assertThat(page.selectFirst("input#mobile").val()).isEqualTo("12345");
        assertThat(page.selectFirst("input#city").val()).isEqualTo("اصفهان");
        assertThat(page.selectFirst("select#province option[selected]").val()).isEqualTo("ESFAHAN");
        assertThat(page.selectFirst("input#directoryListed").hasAttr("checked")).isFalse();
        // The form can be sent again straight away.
        assertThat(page.selectFirst("form[action=/me/settings] input[name=" + form.csrfField() + "]")).isNotNull();

        Member after = members.reload(before.id);
        assertThat(after.email).isEqualTo(before.email);
        assertThat(after.province).isEqualTo(before.province);
        assertThat(after.directoryListed).isTrue();
        assertThat(after.version).isEqualTo(before.version);
    }

    @Test
    @TestSecurity(user = "settings-4", roles = "member")
    void errorsOnTheEnglishPageAreInEnglish() {
        Member before = members.enrol("settings-4");
        Form form = Form.load("en");

        Document page = Jsoup.parse(form.post(fields("sara@example.org", "09121234567", "", "", true), "en")
                .then().statusCode(400).extract().asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("#province-error").text()).isEqualTo("This field is required.");
        assertThat(page.selectFirst("#city-error").text()).isEqualTo("This field is required.");
        assertThat(members.reload(before.id).version).isEqualTo(before.version);
    }

    @Test
    @TestSecurity(user = "settings-5", roles = "member")
    void theFormIsRefusedWithoutItsCsrfToken() {
        Member before = members.enrol("settings-5");
        given().redirects().follow(false)
                .formParam("email", "other@example.org").formParam("mobile", "09121234567")
                .formParam("province", "TEHRAN").formParam("city", "تهران")
                .when().post(SETTINGS)
                .then().statusCode(400);
        Member after = members.reload(before.id);
        assertThat(after.email).isEqualTo(before.email);
        assertThat(after.directoryListed).isTrue();
    }

    @Test
    @TestSecurity(user = "applicant-3")
    void someoneWhoIsNotAMemberIsToldSoWith404() {
        members.enrol("settings-6");
        Document page = Jsoup.parse(given().when().get(SETTINGS).then().statusCode(404).extract().asString());
        assertThat(page.selectFirst("#not-member")).isNotNull();
        assertThat(page.select("form[action=/me/settings]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "partner-3", roles = "partner")
    void aPartnerFirmHasNoSettings() {
        given().when().get(SETTINGS).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin-3", roles = "admin")
    void anAdminWhoIsNotAMemberHasNoSettings() {
        given().when().get(SETTINGS).then().statusCode(404);
    }

    @Test
    void anonymousVisitorsAre401() {
        given().when().get(SETTINGS).then().statusCode(401);
        given().redirects().follow(false).formParam("city", "کرج").when().post(SETTINGS).then().statusCode(401);
    }
}
