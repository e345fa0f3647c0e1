package ir.guild.registry.notify.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.EnrolledMembers;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.notify.ContactChannels;
import ir.guild.registry.notify.MobileCodeRows;
import ir.guild.registry.notify.ScriptedSms;
import ir.guild.registry.notify.ScriptedSmsGateway;
import ir.guild.registry.web.Language;

@QuarkusTest
@TestProfile(ScriptedSms.class)
class NotificationsPageTest {

    static final String PAGE = "/me/notifications";

    @Inject
    MembershipTestData data;

    @Inject
    EnrolledMembers members;

    @Inject
    ApplicationService applications;

    @Inject
    MobileCodeRows rows;

    @Inject
    ScriptedSmsGateway sms;

    @BeforeEach
    void clean() {
        data.clear();
        rows.clear();
        sms.reset();
    }

    /** The page as a browser has it: its cookies and CSRF field, to post its forms with. */
    record Page(Map<String, String> cookies, String csrfField, String csrfToken, Document html) {

        static Page load(String language) {
            Response response = given().cookie(Language.COOKIE, language).when().get(PAGE);
            assertThat(response.statusCode()).isEqualTo(200);
            Document html = Jsoup.parse(response.asString());
            Element csrf = html.selectFirst("form#choices-form input[type=hidden]");
            return new Page(response.getCookies(), csrf.attr("name"), csrf.attr("value"), html);
        }

        Response post(String action, Map<String, String> fields, String language) {
            Map<String, String> cookies = new HashMap<>(this.cookies);
            cookies.put(Language.COOKIE, language);
            var request = given().redirects().follow(false).cookies(cookies).accept("text/html")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam(csrfField, csrfToken);
            fields.forEach(request::formParam);
            return request.when().post(action);
        }
    }

    @Test
    @TestSecurity(user = "np-1", roles = "member")
    void thePersianPageShowsEveryChannelWithLabelsAndCsrfFields() {
        members.enrol("np-1");
        Document html = Page.load("fa").html();
        assertThat(html.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(html.selectFirst("h1").text()).isEqualTo("اعلان‌ها");
        assertThat(html.selectFirst("#email-address").text()).isEqualTo("sara@example.org");
        assertThat(html.selectFirst("#mobile-masked").text()).isEqualTo("۰۹۱۲*****۶۷");
        assertThat(html.selectFirst("#mobile-status").attr("data-verified")).isEqualTo("false");
        assertThat(html.selectFirst("input#sms").hasAttr("disabled")).isTrue();
        assertThat(html.selectFirst("#messenger-not-offered")).isNotNull();
        for (Element form : html.select("form[method=post]")) {
            assertThat(form.select("input[type=hidden][value]")).as(form.attr("action")).isNotEmpty();
        }
        for (Element field : html.select("form input:not([type=hidden])")) {
            assertThat(html.select("label[for=" + field.id() + "]")).as("label of " + field.id()).hasSize(1);
        }
    }

    @Test
    @TestSecurity(user = "np-2")
    void anApplicantConfirmsTheirMobileAndChoosesSmsOnTheEnglishPage() {
        applications.submit(new CurrentPerson("np-2", "np-2", "np-2", null, Set.of()),
                Applicants.record(Applicants.nationalId()), Language.FA);
        Page page = Page.load("en");
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.html().selectFirst("#mobile-masked").text()).isEqualTo("0912*****67");

        page.post(PAGE + "/mobile/code", Map.of(), "en").then().statusCode(303).header("Location", endsWith(PAGE + "?sent=1"));
        assertThat(sms.sent()).hasSize(1);

        Document refused = Jsoup.parse(page.post(PAGE + "/mobile/confirm", Map.of("code", "12"), "en").then()
                .statusCode(400).extract().asString());
        assertThat(refused.selectFirst("#code-error").text()).isEqualTo("The confirmation code has six digits.");
        assertThat(refused.selectFirst("input#code").attr("aria-describedby")).isEqualTo("code-error");

        page.post(PAGE + "/mobile/confirm", Map.of("code", sms.lastCode()), "en").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?verified=1"));
        Document verified = Page.load("en").html();
        assertThat(verified.selectFirst("#mobile-status").attr("data-verified")).isEqualTo("true");
        assertThat(verified.selectFirst("input#sms").hasAttr("disabled")).isFalse();

        page.post(PAGE, Map.of("sms", "true"), "en").then().statusCode(303).header("Location", endsWith(PAGE + "?saved=1"));
        ContactChannels channels = rows.channels("np-2");
        assertThat(channels.smsChosen).isTrue();
        assertThat(Page.load("en").html().selectFirst("input#sms").hasAttr("checked")).isTrue();
    }

    @Test
    @TestSecurity(user = "np-3", roles = "member")
    void choosingSmsBeforeConfirmingIsRefusedBesideTheFieldInPersian() {
        members.enrol("np-3");
        Page page = Page.load("fa");
        Document html = Jsoup.parse(page.post(PAGE, Map.of("sms", "true"), "fa").then().statusCode(400).extract().asString());
        assertThat(html.selectFirst("#sms-error").text()).isEqualTo("نخست شماره همراه خود را تأیید کنید.");
        assertThat(rows.channels("np-3")).isNull();
    }

    @Test
    @TestSecurity(user = "np-4", roles = "member")
    void formsAreRefusedWithoutTheirCsrfToken() {
        members.enrol("np-4");
        given().redirects().follow(false).when().post(PAGE + "/mobile/code").then().statusCode(400);
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    @TestSecurity(user = "np-5", roles = "member")
    void theDashboardAndSettingsLinkToThePage() {
        members.enrol("np-5");
        assertThat(Jsoup.parse(given().when().get("/me").then().statusCode(200).extract().asString())
                .selectFirst("a#notifications-link").attr("href")).isEqualTo(PAGE);
        assertThat(Jsoup.parse(given().when().get("/me/settings").then().statusCode(200).extract().asString())
                .selectFirst("a#notifications-link").attr("href")).isEqualTo(PAGE);
    }

    @Test
    @TestSecurity(user = "np-6")
    void theApplicationStandingInvitesTheApplicantToConfirmTheirMobile() {
        applications.submit(new CurrentPerson("np-6", "np-6", "np-6", null, Set.of()),
                Applicants.record(Applicants.nationalId()), Language.FA);
        Document html = Jsoup.parse(given().when().get("/apply").then().statusCode(200).extract().asString());
        assertThat(html.selectFirst("#confirm-mobile-invite a").attr("href")).isEqualTo(PAGE);
    }

    @Test
    @TestSecurity(user = "np-7")
    void someoneWithoutApplicationOrMembershipIsToldTo404() {
        Document html = Jsoup.parse(given().when().get(PAGE).then().statusCode(404).extract().asString());
        assertThat(html.selectFirst("#no-channels")).isNotNull();
    }

    @Test
    @TestSecurity(user = "np-partner", roles = "partner")
    void aPartnerFirmHasNoNotificationsPage() {
        given().when().get(PAGE).then().statusCode(404);
    }

    @Test
    void anonymousVisitorsAre401() {
        given().when().get(PAGE).then().statusCode(401);
    }
}
