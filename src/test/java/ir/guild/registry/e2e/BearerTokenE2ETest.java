package ir.guild.registry.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(EndToEndProfile.class)
class BearerTokenE2ETest {

    private static final String ME = "/api/v1/me";

    @Test
    void aMembersTokenFromKeycloakIsAccepted() {
        String token = RunningKeycloak.passwordGrantToken("guild-cli", "demo-member", "member-pass");
        given().auth().oauth2(token).when().get(ME)
                .then().statusCode(200)
                .body("username", equalTo("demo-member"))
                .body("roles", contains("member"));
    }

    @Test
    void anApplicantsTokenHasNoGuildRole() {
        String token = RunningKeycloak.passwordGrantToken("guild-cli", "demo-applicant", "applicant-pass");
        given().auth().oauth2(token).when().get(ME)
                .then().statusCode(200)
                .body("roles", empty());
    }

    @Test
    void aPartnersClientCredentialsTokenIsAccepted() {
        String token = RunningKeycloak.clientCredentialsToken("demo-partner", "demo-partner-secret");
        given().auth().oauth2(token).when().get(ME)
                .then().statusCode(200)
                .body("roles", contains("partner"));
    }

    @Test
    void aGarbageTokenIs401Problem() {
        given().auth().oauth2("not-a-token").when().get(ME)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void aTokenWithAForgedPayloadIs401() {
        String token = RunningKeycloak.passwordGrantToken("guild-cli", "demo-member", "member-pass");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"member\"", "\"admin\"");
        assertThat(forged).isNotEqualTo(payload);
        String forgedToken = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes())
                + "." + parts[2];
        given().auth().oauth2(forgedToken).when().get(ME)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenIs401Problem() throws InterruptedException {
        String token = RunningKeycloak.passwordGrantToken("guild-cli-short", "demo-member", "member-pass");
        Instant expiry = RunningKeycloak.expiryOf(token);
        assertThat(expiry).isBefore(Instant.now().plus(Duration.ofSeconds(5)));
        // The short-lived client's tokens last one second: wait, with a bound, until this one is past it.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!Instant.now().isAfter(expiry.plusSeconds(1)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        given().auth().oauth2(token).when().get(ME)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void noTokenIs401Problem() {
        given().when().get(ME).then().statusCode(401).contentType("application/problem+json");
    }
}
