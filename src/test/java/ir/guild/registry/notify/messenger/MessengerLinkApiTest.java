package ir.guild.registry.notify.messenger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.notify.LinkingFixtures;
import ir.guild.registry.notify.MessengerLinking;

/** The linking API for every kind of caller, with the bot on. */
@QuarkusTest
@TestProfile(LinkingBot.class)
class MessengerLinkApiTest {

    static final String CODES = "/api/v1/me/messenger-link-codes";
    static final String LINK = "/api/v1/me/messenger-link";

    @Inject
    LinkingFixtures fixtures;

    @Inject
    MemberFixtures members;

    @BeforeEach
    void clean() {
        fixtures.clear();
    }

    private static Response newCode() {
        return given().contentType("application/json").when().post(CODES);
    }

    private void makesACodeAndUnlinks(String subject) throws Exception {
        Instant asked = Instant.now();
        Response made = newCode();
        made.then().statusCode(201).contentType("application/json")
                .header("Cache-Control", containsString("no-store"))
                .body("botUsername", equalTo(LinkingBot.BOT));
        String code = made.path("code");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(made.<String>path("startLink")).isEqualTo("https://ble.ir/" + LinkingBot.BOT + "?start=" + code);
        assertThat(Duration.between(asked, Instant.parse(made.path("expiresAt"))))
                .isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10).plusSeconds(5));

        given().contentType("application/json").when().delete(LINK).then().statusCode(404).contentType("application/problem+json");

        LinkingBot.say(7000 + Math.abs(subject.hashCode() % 1000), "/start " + code);
        assertThat(fixtures.chatOf(subject)).isPresent();
        given().contentType("application/json").when().delete(LINK).then().statusCode(204);
        assertThat(fixtures.chatOf(subject)).isEmpty();
        assertThat(fixtures.outboxMessages(MessengerLinking.UNLINKED)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "api-member", roles = "member")
    void aMemberGetsACodeLinksWithItAndUnlinks() throws Exception {
        members.approve("api-member");
        makesACodeAndUnlinks("api-member");
    }

    @Test
    @TestSecurity(user = "api-applicant")
    void someoneWithoutARoleMayLinkToo() throws Exception {
        makesACodeAndUnlinks("api-applicant");
    }

    @Test
    @TestSecurity(user = "api-admin", roles = "admin")
    void anAdminMayLink() throws Exception {
        makesACodeAndUnlinks("api-admin");
    }

    @Test
    @TestSecurity(user = "api-assessor", roles = "assessor")
    void anAssessorMayLink() {
        newCode().then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "api-counsel", roles = "counsel")
    void aCounselMayLink() {
        newCode().then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "api-firm", roles = "partner")
    void aPartnerFirmsClientIsRefused() {
        newCode().then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").when().delete(LINK).then().statusCode(403).contentType("application/problem+json");
        assertThat(fixtures.storedCodes()).isEmpty();
    }

    @Test
    void anonymousCallersMustSignIn() {
        newCode().then().statusCode(401);
        given().contentType("application/json").when().delete(LINK).then().statusCode(401);
        assertThat(fixtures.storedCodes()).isEmpty();
    }

    @Test
    @TestSecurity(user = "api-eager", roles = "member")
    void tooManyCodesWithinAnHourAre429WithRetryAfter() {
        for (int i = 0; i < LinkingBot.CODES_PER_HOUR; i++) {
            newCode().then().statusCode(201);
        }
        Response refused = newCode();
        refused.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3500L, 3601L);
        assertThat(fixtures.storedCodes()).hasSize(LinkingBot.CODES_PER_HOUR);
    }

    @Test
    @TestSecurity(user = "api-who", roles = "member")
    void theOtherMeCallsStillAnswerAndTheOpenApiDocumentDescribesLinking() {
        given().when().get("/api/v1/me").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/me/messenger-link-codes'.post.responses.'201'", notNullValue())
                .body("paths.'/api/v1/me/messenger-link-codes'.post.responses.'429'", notNullValue())
                .body("paths.'/api/v1/me/messenger-link'.delete.responses.'404'", notNullValue())
                .body("paths.'/api/v1/me/messenger-link'.delete.tags[0]", equalTo("Notifications"));
    }
}
