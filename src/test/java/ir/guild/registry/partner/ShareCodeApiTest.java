package ir.guild.registry.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;

@QuarkusTest
class ShareCodeApiTest {

    static final String CODES = "/api/v1/members/me/share-codes";

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures members;

    @Inject
    PartnerFixtures partners;

    @BeforeEach
    void clean() {
        data.clear();
    }

    private static Response create(Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post(CODES);
    }

    @Test
    @TestSecurity(user = "sharer-1", roles = "member")
    void aMemberMakesACodeThatIsShownOnceAndListedWithoutIt() {
        members.approve("sharer-1");
        Response made = create(Map.of("scope", "MEMBERSHIP_AND_CERTIFICATES", "validForHours", 48,
                "label", "For  Acme"));
        made.then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("code", matchesPattern("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"))
                .body("scope", equalTo("MEMBERSHIP_AND_CERTIFICATES"))
                .body("label", equalTo("For Acme"))
                .body("status", equalTo("ACTIVE"))
                .body("verifications", equalTo(0));
        String code = made.path("code");
        assertThat(made.<String>path("hint")).isEqualTo("…-" + code.substring(code.length() - 4));
        Instant expiresAt = Instant.parse(made.path("expiresAt"));
        assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(47), Duration.ofHours(48));

        given().when().get(CODES).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(made.<Integer>path("id")))
                .body("items[0].code", nullValue())
                .body("items[0].hint", equalTo(made.path("hint")))
                .body("items[0].status", equalTo("ACTIVE"));
    }

    @Test
    @TestSecurity(user = "sharer-2", roles = "member")
    void theCodeIsNeverStoredInClear() {
        members.approve("sharer-2");
        String code = create(Map.of("scope", "MEMBERSHIP", "validForHours", 1)).then().statusCode(201)
                .extract().path("code");
        String bare = code.replace("-", "");
        List<String> stored = partners.storedShareCodeText();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).doesNotContain(bare).doesNotContain(code)
                .doesNotContain(bare.substring(0, 8)).doesNotContainIgnoringCase(bare.substring(4, 12));
        assertThat(stored.get(0)).contains(ShareCodes.hint(bare));
    }

    @Test
    @TestSecurity(user = "sharer-3", roles = "member")
    void anExpiryAsAMomentIsKeptAndTheBoundsAreOneHourAndNinetyDays() {
        members.approve("sharer-3");
        Instant now = Instant.now();
        String inTwoHours = now.plus(Duration.ofHours(2)).toString();
        create(Map.of("scope", "MEMBERSHIP", "expiresAt", inTwoHours)).then().statusCode(201)
                .body("expiresAt", equalTo(inTwoHours));
        create(Map.of("scope", "MEMBERSHIP", "expiresAt", now.plus(Duration.ofDays(90)).toString()))
                .then().statusCode(201);
        create(Map.of("scope", "MEMBERSHIP", "validForHours", 1)).then().statusCode(201);
        create(Map.of("scope", "MEMBERSHIP", "validForHours", "2160")).then().statusCode(201);

        refused(Map.of("scope", "MEMBERSHIP", "expiresAt", now.plus(Duration.ofMinutes(50)).toString()), "expiresAt");
        refused(Map.of("scope", "MEMBERSHIP", "expiresAt", now.plus(Duration.ofDays(91)).toString()), "expiresAt");
        refused(Map.of("scope", "MEMBERSHIP", "expiresAt", now.minus(Duration.ofDays(1)).toString()), "expiresAt");
        refused(Map.of("scope", "MEMBERSHIP", "expiresAt", "next tuesday"), "expiresAt");
        refused(Map.of("scope", "MEMBERSHIP", "validForHours", 0), "validForHours");
        refused(Map.of("scope", "MEMBERSHIP", "validForHours", 2161), "validForHours");
        refused(Map.of("scope", "MEMBERSHIP"), "expiresAt");
        refused(Map.of("scope", "MEMBERSHIP", "validForHours", 5, "expiresAt", inTwoHours), "validForHours");
        refused(Map.of("scope", "EVERYTHING", "validForHours", 5), "scope");
        refused(Map.of("validForHours", 5), "scope");
        refused(Map.of("scope", "MEMBERSHIP", "validForHours", 5, "label", "x".repeat(101)), "label");

        given().when().get(CODES).then().body("total", equalTo(4));
    }

    private static void refused(Map<String, Object> body, String field) {
        create(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @Test
    @TestSecurity(user = "sharer-4", roles = "member")
    void revokingStopsTheCodeIsAuditedAndCannotBeDoneTwice() {
        Member member = members.approve("sharer-4");
        long id = create(Map.of("scope", "MEMBERSHIP", "validForHours", 24)).then().statusCode(201)
                .extract().<Integer>path("id");
        long before = members.lastAuditId();

        given().when().delete(CODES + "/" + id).then().statusCode(204);

        given().when().get(CODES).then().body("items[0].status", equalTo("REVOKED"))
                .body("items[0].revokedAt", matchesPattern(".+"));
        List<AuditEntry> audit = members.auditAfter(before);
        assertThat(audit).extracting(entry -> entry.action).containsExactly("share-code.revoke");
        assertThat(audit.get(0).entityId).isEqualTo(Long.toString(id));
        assertThat(audit.get(0).summary).contains(member.membershipNumber).contains("ACTIVE -> REVOKED");
        assertThat(audit.get(0).actor).isEqualTo("sharer-4");

        given().when().delete(CODES + "/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "sharer-5", roles = "member")
    void makingACodeIsAuditedWithoutTheCode() {
        members.approve("sharer-5");
        long before = members.lastAuditId();
        String code = create(Map.of("scope", "MEMBERSHIP", "validForHours", 24)).then().statusCode(201)
                .extract().path("code");
        List<AuditEntry> audit = members.auditAfter(before);
        assertThat(audit).extracting(entry -> entry.action).containsExactly("share-code.create");
        assertThat(audit.get(0).summary).contains("MEMBERSHIP").doesNotContain(code)
                .doesNotContain(code.replace("-", ""));
    }

    @Test
    @TestSecurity(user = "sharer-6", roles = "member")
    void anotherMembersCodesAreNeitherListedNorRevocable() {
        Member other = members.approve("sharer-6-other");
        ShareCodeService.Issued theirs = partners.code(other, ShareScope.MEMBERSHIP, "theirs");
        members.approve("sharer-6");

        given().when().get(CODES).then().statusCode(200).body("items", hasSize(0));
        given().when().delete(CODES + "/" + theirs.shareCode().id).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(partners.row(theirs.shareCode().id).get("revoked")).isEqualTo(false);
    }

    @Test
    @TestSecurity(user = "sharer-7")
    void aSuspendedMemberMayStillShareTheirStanding() {
        members.suspended("sharer-7");
        create(Map.of("scope", "MEMBERSHIP", "validForHours", 24)).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "sharer-8", roles = "member")
    void aRevokedMembershipHasNothingToShare() {
        members.revoked("sharer-8");
        create(Map.of("scope", "MEMBERSHIP", "validForHours", 24)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin-only", roles = "admin")
    void anAdminWhoIsNotAMemberGets404() {
        notAMember();
    }

    @Test
    @TestSecurity(user = "assessor-only", roles = "assessor")
    void anAssessorWhoIsNotAMemberGets404() {
        notAMember();
    }

    @Test
    @TestSecurity(user = "counsel-only", roles = "counsel")
    void aCounselWhoIsNotAMemberGets404() {
        notAMember();
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void aPartnerFirmGets404() {
        notAMember();
    }

    @Test
    @TestSecurity(user = "applicant-only")
    void anApplicantGets404() {
        notAMember();
    }

    private void notAMember() {
        members.approve("someone-else");
        create(Map.of("scope", "MEMBERSHIP", "validForHours", 24)).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get(CODES).then().statusCode(404);
        given().when().delete(CODES + "/1").then().statusCode(404);
        given().when().get("/api/v1/members/me/verifications").then().statusCode(404);
    }

    @Test
    void anonymousCallersAre401() {
        create(Map.of("scope", "MEMBERSHIP", "validForHours", 24)).then().statusCode(401);
        given().when().get(CODES).then().statusCode(401);
        given().when().delete(CODES + "/1").then().statusCode(401);
        given().when().get("/api/v1/members/me/verifications").then().statusCode(401);
    }
}
