package ir.guild.registry.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntPredicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import ir.guild.registry.common.NationalCompanyId;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.partner.PartnerFixtures;
import ir.guild.registry.partner.ShareScope;

/**
 * A partner firm's life against the real Keycloak: an admin registers it through the API, the
 * firm gets a client-credentials token with the secret it was shown and verifies a member; once
 * suspended its calls are refused and Keycloak gives it no new token; after a secret rotation
 * only the new secret gets a token.
 */
@QuarkusTest
@TestProfile(EndToEndProfile.class)
class PartnerRegistrationE2ETest {

    private static final String PARTNERS = "/api/v1/admin/partners";
    private static final String VERIFY = "/api/v1/partner/verifications";
    private static final Duration KEYCLOAK_FOLLOWS = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    String app;

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures members;

    @Inject
    PartnerFixtures partners;

    @Test
    void anAdminRegistersAFirmThatVerifiesUntilSuspendedAndARotatedSecretReplacesTheOldOne() throws Exception {
        data.clear();
        String memberSubject = RunningKeycloak.claims(RunningKeycloak.passwordGrantToken("guild-cli", "demo-member",
                "member-pass")).path("sub").asText();
        Member member = members.approve(memberSubject);
        String shareCode = partners.code(member, ShareScope.MEMBERSHIP, "E2E firm").code();
        String admin = RunningKeycloak.passwordGrantToken("guild-cli", "demo-admin", "admin-pass");

        // Keycloak keeps its clients between runs: a fresh company ID gives a fresh client.
        String companyId = freshCompanyId();
        JsonPath registered = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "شرکت آزمون سرتاسری", "nationalCompanyId", companyId,
                        "contactEmail", "hr@e2e-firm.example"))
                .when().post(PARTNERS).then().statusCode(201)
                .body("clientId", equalTo("partner-" + companyId))
                .extract().jsonPath();
        String clientId = registered.getString("clientId");
        String secret = registered.getString("clientSecret");
        long id = registered.getLong("partner.id");
        assertThat(secret).isNotBlank();

        String token = RunningKeycloak.clientCredentialsToken(clientId, secret);
        assertThat(RunningKeycloak.claims(token).path("realm_access").path("roles").toString()).contains("partner");
        verify(token, member, shareCode).then().statusCode(200).body("verified", equalTo(true))
                .body("membershipNumber", equalTo(member.membershipNumber));
        // The member sees who verified them: through the API with their own token, and on their page.
        String memberToken = RunningKeycloak.passwordGrantToken("guild-cli", "demo-member", "member-pass");
        given().auth().oauth2(memberToken).when().get("/api/v1/members/me/verifications").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].firm", equalTo("شرکت آزمون سرتاسری"))
                .body("items[0].outcome", equalTo("VERIFIED"))
                .body("items[0].shareCodeLabel", equalTo("E2E firm"));
        try (Browser chromium = Browser.open(app)) {
            chromium.signIn(app + "me/sharing", "demo-member", "member-pass");
            String listed = chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#verification-list tbody tr"))).getText();
            assertThat(listed).contains("شرکت آزمون سرتاسری", "E2E firm");
        }

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED", "version", registered.getInt("partner.version")))
                .when().post(PARTNERS + "/" + id + "/status").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        // At once, with the token it already holds ...
        verify(token, member, shareCode).then().statusCode(403).contentType("application/problem+json");
        // ... and Keycloak stops giving it tokens as soon as the outbox has disabled its client.
        awaitTokenAnswer(clientId, secret, status -> status != 200);

        int version = given().auth().oauth2(admin).when().get(PARTNERS + "/" + id).then().statusCode(200)
                .extract().path("version");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE", "version", version))
                .when().post(PARTNERS + "/" + id + "/status").then().statusCode(200);
        awaitTokenAnswer(clientId, secret, status -> status == 200);

        String newSecret = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .when().post(PARTNERS + "/" + id + "/secret").then().statusCode(200)
                .body("clientId", equalTo(clientId))
                .extract().path("clientSecret");
        assertThat(newSecret).isNotEqualTo(secret);
        assertThat(tokenStatus(clientId, secret)).isNotEqualTo(200);
        String newToken = RunningKeycloak.clientCredentialsToken(clientId, newSecret);
        verify(newToken, member, shareCode).then().statusCode(200).body("verified", equalTo(true));
    }

    private static io.restassured.response.Response verify(String token, Member member, String shareCode) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("membershipNumber", member.membershipNumber, "shareCode", shareCode))
                .when().post(VERIFY);
    }

    private static int tokenStatus(String clientId, String secret) {
        HttpResponse<String> answer = RunningKeycloak.requestToken(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret));
        return answer.statusCode();
    }

    /** Asks Keycloak for a token until its answer's status passes {@code expected}, for a bounded time. */
    private static void awaitTokenAnswer(String clientId, String secret, IntPredicate expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(KEYCLOAK_FOLLOWS);
        int status = tokenStatus(clientId, secret);
        while (!expected.test(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = tokenStatus(clientId, secret);
        }
        assertThat(expected.test(status)).as("Keycloak's token answer for " + clientId + ": " + status).isTrue();
    }

    /** A valid national company ID not used before: random serial, computed check digit. */
    private static String freshCompanyId() {
        SecureRandom random = new SecureRandom();
        while (true) {
            String first = "14" + String.format("%08d", random.nextInt(100_000_000));
            String candidate = first + NationalCompanyId.checkDigit(first);
            if (NationalCompanyId.parse(candidate).isPresent()) {
                return candidate;
            }
        }
    }
}
