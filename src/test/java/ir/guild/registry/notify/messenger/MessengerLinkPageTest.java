package ir.guild.registry.notify.messenger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.notify.LinkingFixtures;
import ir.guild.registry.web.Language;

/**
 * The two forms the notification settings page posts about the messenger. Any page carries a
 * CSRF token in its language switch: the tests take it from the home page.
 */
@QuarkusTest
@TestProfile(LinkingBot.class)
class MessengerLinkPageTest {

    static final String CODE = "/me/notifications/messenger/code";
    static final String UNLINK = "/me/notifications/messenger/unlink";

    @Inject
    LinkingFixtures fixtures;

    @Inject
    MemberFixtures members;

    @BeforeEach
    void clean() {
        fixtures.clear();
    }

    /** A form carrying the CSRF token and cookie, as the settings page's forms do. */
    static PageForms.PageForm form(Language language) {
        return PageForms.PageForm.of(PageForms.get("/", language), "form[action=/lang]", language)
                .without("lang").without("return");
    }

    @Test
    @TestSecurity(user = "page-member", roles = "member")
    void theCodePageIsPersianFirstWithAJalaliExpiryTheBotAndTheStartLink() throws Exception {
        members.approve("page-member");
        Response answer = form(Language.FA).post(CODE);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        Document page = PageForms.parseValid(answer);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("h1").text()).isEqualTo("پیوند پیام‌رسان");
        String code = page.selectFirst("#code").attr("data-code");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(page.selectFirst("#code").text()).isEqualTo(code.substring(0, 4) + "-" + code.substring(4));
        String expiry = page.selectFirst("#expires time").text();
        assertThat(expiry).as("Jalali, in Persian digits").matches(".*[۰-۹]{4}.*").contains("۱۴");
        assertThat(page.selectFirst("#send-to").text()).contains("@" + LinkingBot.BOT);
        assertThat(page.selectFirst("a#start-link").attr("href"))
                .isEqualTo("https://ble.ir/" + LinkingBot.BOT + "?start=" + code);
        assertThat(page.selectFirst("a#back").attr("href")).isEqualTo("/me/notifications");

        assertThat(LinkingBot.say(6001, code).json().path("text").asText()).startsWith("این گفتگو به عضویت");
        assertThat(fixtures.chatOf("page-member")).contains(6001L);
    }

    @Test
    @TestSecurity(user = "page-en")
    void theCodePageInEnglishIsLeftToRightWithAGregorianExpiry() {
        Document page = PageForms.parseValid(form(Language.EN).post(CODE));

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Link the messenger");
        assertThat(page.selectFirst("#expires").text()).startsWith("Valid until").containsPattern("20\\d\\d");
        assertThat(page.selectFirst("#send-to").text()).startsWith("Send this code to the bot @" + LinkingBot.BOT);
        assertThat(page.selectFirst("a#back").text()).isEqualTo("Back to notification settings");
    }

    @Test
    @TestSecurity(user = "page-unlink", roles = "member")
    void unlinkingRedirectsToTheSettingsPageWithoutTheCodeAndTellsTheChat() throws Exception {
        Document page = PageForms.parseValid(form(Language.FA).post(CODE));
        String code = page.selectFirst("#code").attr("data-code");
        LinkingBot.say(6002, code);

        Response unlinked = form(Language.FA).post(UNLINK);

        assertThat(unlinked.statusCode()).isEqualTo(303);
        assertThat(unlinked.header("Location")).endsWith("/me/notifications?unlinked=1").doesNotContain(code);
        assertThat(fixtures.chatOf("page-unlink")).isEmpty();
        assertThat(fixtures.outboxMessages(ir.guild.registry.notify.MessengerLinking.UNLINKED)).isEqualTo(1);
        assertThat(form(Language.FA).post(UNLINK).statusCode()).as("nothing left to unlink").isEqualTo(303);
    }

    @Test
    @TestSecurity(user = "page-admin", roles = "admin")
    void staffMayGetACode() {
        assertThat(form(Language.FA).post(CODE).statusCode()).isEqualTo(200);
        assertThat(fixtures.storedCodes()).hasSize(1);
    }

    @Test
    @TestSecurity(user = "page-eager", roles = "member")
    void tooManyCodesWithinAnHourGetTheTooManyRequestsPage() {
        for (int i = 0; i < LinkingBot.CODES_PER_HOUR; i++) {
            assertThat(form(Language.FA).post(CODE).statusCode()).isEqualTo(200);
        }
        Response refused = form(Language.FA).post(CODE);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(PageForms.parseValid(refused).selectFirst("#code")).isNull();
        assertThat(fixtures.storedCodes()).hasSize(LinkingBot.CODES_PER_HOUR);
    }

    @Test
    @TestSecurity(user = "page-csrf", roles = "member")
    void formsWithoutTheirCsrfTokenAreRefused() {
        fixtures.link("page-csrf", 6003);

        assertThat(form(Language.FA).withoutCsrfToken().post(CODE).statusCode()).isEqualTo(400);
        assertThat(form(Language.FA).withoutCsrfToken().post(UNLINK).statusCode()).isEqualTo(400);

        assertThat(fixtures.storedCodes()).isEmpty();
        assertThat(fixtures.chatOf("page-csrf")).contains(6003L);
    }

    @Test
    @TestSecurity(user = "page-firm", roles = "partner")
    void aPartnerFirmIsRefused() {
        assertThat(form(Language.FA).post(CODE).statusCode()).isEqualTo(403);
        assertThat(form(Language.FA).post(UNLINK).statusCode()).isEqualTo(403);
        assertThat(fixtures.storedCodes()).isEmpty();
    }

    @Test
    void anonymousVisitorsAreRefused() {
        assertThat(given().redirects().follow(false).formParam("x", "y").when().post(CODE).statusCode()).isEqualTo(401);
        assertThat(given().redirects().follow(false).formParam("x", "y").when().post(UNLINK).statusCode()).isEqualTo(401);
        assertThat(fixtures.storedCodes()).isEmpty();
    }
}
