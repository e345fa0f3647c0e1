package ir.guild.registry.notify.messenger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.notify.LinkingFixtures;
import ir.guild.registry.web.Language;

/** With the bot off (the tests' default), nobody is given a code. */
@QuarkusTest
@TestProfile(MessengerNotOfferedTest.BotOff.class)
class MessengerNotOfferedTest {

    /** The default settings, on a free port rather than the shared 8081. */
    public static class BotOff implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", "0");
        }
    }

    @Inject
    LinkingFixtures fixtures;

    @BeforeEach
    void clean() {
        fixtures.clear();
    }

    @Test
    @TestSecurity(user = "off-member", roles = "member")
    void theCodePageSaysTheMessengerIsNotOfferedAndMakesNoCode() {
        Document fa = PageForms.parseValid(MessengerLinkPageTest.form(Language.FA).post(MessengerLinkPageTest.CODE));
        assertThat(fa.selectFirst("#not-offered").text()).isEqualTo("پیام‌رسان در حال حاضر برای اعلان‌ها ارائه نمی‌شود.");
        assertThat(fa.selectFirst("#code")).isNull();
        assertThat(fa.selectFirst("a#back").attr("href")).isEqualTo("/me/notifications");

        Document en = PageForms.parseValid(MessengerLinkPageTest.form(Language.EN).post(MessengerLinkPageTest.CODE));
        assertThat(en.selectFirst("#not-offered").text()).isEqualTo("The messenger is not offered for notices at the moment.");
        assertThat(fixtures.storedCodes()).isEmpty();
    }

    @Test
    @TestSecurity(user = "off-api", roles = "member")
    void theApiAnswers409AndUnlinkingStillWorks() {
        given().contentType("application/json").when().post(MessengerLinkApiTest.CODES).then().statusCode(409).contentType("application/problem+json");
        assertThat(fixtures.storedCodes()).isEmpty();

        fixtures.link("off-api", 5001);
        given().contentType("application/json").when().delete(MessengerLinkApiTest.LINK).then().statusCode(204);
        assertThat(fixtures.chatOf("off-api")).isEmpty();
        assertThat(fixtures.outboxMessages(ir.guild.registry.notify.MessengerLinking.UNLINKED))
                .as("no bot to tell the chat with").isZero();
    }
}
