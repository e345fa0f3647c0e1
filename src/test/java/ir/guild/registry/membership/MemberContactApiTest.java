package ir.guild.registry.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import ir.guild.registry.audit.AuditEntry;

@QuarkusTest
class MemberContactApiTest {

    private static final String ME = "/api/v1/members/me";
    private static final String ACTION = "member.update-contact";

    @Inject
    MembershipTestData data;

    @Inject
    EnrolledMembers members;

    @BeforeEach
    void clean() {
        data.clear();
    }

    @Test
    @TestSecurity(user = "contact-1", roles = "member")
    void aMemberChangesTheirContactDetailsNormalisedAndAudited() {
        Member before = members.enrol("contact-1");
        long audited = members.auditEntries(ACTION);
        Map<String, Object> change = Map.of(
                "email", "  Sara.New@Example.ORG ",
                "mobile", "+98 (912) 765-4321",
                "city", " كرج ",
                "province", "alborz",
                "directoryListed", false);

        given().contentType(ContentType.JSON).body(change).when().patch(ME)
                .then().statusCode(200)
                .body("membershipNumber", equalTo(before.membershipNumber))
                .body("email", equalTo("sara.new@example.org"))
                .body("mobile", equalTo("09127654321"))
                .body("city", equalTo("کرج"))
                .body("province", equalTo("ALBORZ"))
                .body("directoryListed", equalTo(false));

        Member after = members.reload(before.id);
        assertThat(after.email).isEqualTo("sara.new@example.org");
        assertThat(after.mobile).isEqualTo("09127654321");
        assertThat(after.city).isEqualTo("کرج");
        assertThat(after.province.name()).isEqualTo("ALBORZ");
        assertThat(after.directoryListed).isFalse();
        assertThat(after.version).isEqualTo(before.version + 1);

        assertThat(members.auditEntries(ACTION)).isEqualTo(audited + 1);
        AuditEntry entry = members.latestAudit();
        assertThat(entry.action).isEqualTo(ACTION);
        assertThat(entry.actor).isEqualTo("contact-1");
        assertThat(entry.actorRole).isEqualTo("member");
        assertThat(entry.entityType).isEqualTo("Member");
        assertThat(entry.entityId).isEqualTo(before.membershipNumber);
        assertThat(entry.summary).contains("email", "mobile", "city", "province: TEHRAN -> ALBORZ",
                "directoryListed: true -> false");
        // The log is kept for good: it names what changed, never the new contact details.
        assertThat(entry.summary).doesNotContain("sara.new@example.org").doesNotContain("09127654321");
    }

    @Test
    @TestSecurity(user = "contact-2", roles = "member")
    void fieldsLeftOutStayAsTheyAre() {
        Member before = members.enrol("contact-2");
        given().contentType(ContentType.JSON).body(Map.of("city", "شیراز")).when().patch(ME)
                .then().statusCode(200).body("city", equalTo("شیراز")).body("province", equalTo("TEHRAN"));

        Member after = members.reload(before.id);
        assertThat(after.city).isEqualTo("شیراز");
        assertThat(after.email).isEqualTo(before.email);
        assertThat(after.mobile).isEqualTo(before.mobile);
        assertThat(after.province).isEqualTo(before.province);
        assertThat(after.directoryListed).isEqualTo(before.directoryListed);
    }

    @Test
    @TestSecurity(user = "contact-3", roles = "member")
    void aMergePatchDocumentIsAcceptedToo() {
        Member before = members.enrol("contact-3");
        given().contentType("application/merge-patch+json").body("{\"directoryListed\": false}").when().patch(ME)
                .then().statusCode(200).body("directoryListed", equalTo(false));
        assertThat(members.reload(before.id).directoryListed).isFalse();
    }

    @Test
    @TestSecurity(user = "contact-4", roles = "member")
    void nameNationalIdAndMembershipAreNotTheMembersToChange() {
        Member before = members.enrol("contact-4");
        Map<String, Object> change = Map.of("fullName", "کسی دیگر", "nationalId", Applicants.nationalId(),
                "grade", "SENIOR", "status", "ACTIVE", "validUntil", "2099-01-01", "membershipNumber", "1300-000001");
        given().contentType(ContentType.JSON).body(change).when().patch(ME).then().statusCode(200);

        Member after = members.reload(before.id);
        assertThat(after.fullName).isEqualTo(before.fullName);
        assertThat(after.nationalId).isEqualTo(before.nationalId);
        assertThat(after.validUntil).isEqualTo(before.validUntil);
        assertThat(after.membershipNumber).isEqualTo(before.membershipNumber);
        assertThat(after.version).isEqualTo(before.version);
    }

    @Test
    @TestSecurity(user = "contact-5", roles = "member")
    void aChangeToTheSameValuesWritesNoAuditEntry() {
        Member before = members.enrol("contact-5");
        long audited = members.auditEntries(ACTION);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", before.email, "mobile", before.mobile, "directoryListed", true))
                .when().patch(ME).then().statusCode(200);
        assertThat(members.auditEntries(ACTION)).isEqualTo(audited);
        assertThat(members.reload(before.id).version).isEqualTo(before.version);
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("email", "not-an-email"),
                Arguments.of("email", "   "),
                Arguments.of("mobile", "12345"),
                Arguments.of("mobile", "02188776655"),
                Arguments.of("mobile", ""),
                Arguments.of("city", " "),
                Arguments.of("city", "ش".repeat(61)),
                Arguments.of("province", "ATLANTIS"),
                Arguments.of("province", ""));
    }

    @ParameterizedTest
    @MethodSource("badFields")
    @TestSecurity(user = "contact-6", roles = "member")
    void aBadFieldIsNamedAndNothingIsWritten(String field, String value) {
        Member before = members.enrol("contact-6");
        long audited = members.auditEntries(ACTION);
        Map<String, Object> change = new HashMap<>();
        change.put(field, value);
        // A good change alongside: it must not be written either.
        change.put("directoryListed", false);

        given().contentType(ContentType.JSON).body(change).when().patch(ME)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field));

        assertUnchanged(before);
        assertThat(members.auditEntries(ACTION)).isEqualTo(audited);
    }

    @Test
    @TestSecurity(user = "contact-7", roles = "member")
    void aDirectoryChoiceThatIsNotTrueOrFalseIsNamed() {
        Member before = members.enrol("contact-7");
        given().contentType(ContentType.JSON).body("{\"directoryListed\": \"perhaps\", \"city\": \"کرج\"}")
                .when().patch(ME)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("directoryListed"));
        assertUnchanged(before);
    }

    @Test
    @TestSecurity(user = "contact-8", roles = "member")
    void everyBadFieldIsNamedAtOnceInTheCallersLanguage() {
        Member before = members.enrol("contact-8");
        given().contentType(ContentType.JSON).header("Accept-Language", "fa")
                .body(Map.of("email", "x@", "mobile", "123", "city", "", "province", "NOWHERE"))
                .when().patch(ME)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("email", "mobile", "city", "province"))
                .body("errors.find { it.field == 'email' }.message", equalTo("نشانی رایانامه معتبر نیست."))
                .body("errors.find { it.field == 'mobile' }.message",
                        equalTo("شماره همراه باید به شکل ۰۹xxxxxxxxx باشد."));
        assertUnchanged(before);
    }

    @Test
    @TestSecurity(user = "contact-9", roles = "member")
    void aBodyThatIsNotJsonIsRefused() {
        Member before = members.enrol("contact-9");
        given().contentType(ContentType.JSON).body("{email:").when().patch(ME).then().statusCode(400);
        assertUnchanged(before);
    }

    @Test
    @TestSecurity(user = "applicant-2")
    void anApplicantHasNoMembershipToChange() {
        Member other = members.enrol("contact-10");
        given().contentType(ContentType.JSON).body(Map.of("city", "کرج")).when().patch(ME)
                .then().statusCode(404).contentType("application/problem+json");
        assertUnchanged(other);
    }

    @Test
    @TestSecurity(user = "partner-2", roles = "partner")
    void aPartnerFirmHasNoMembershipToChange() {
        given().contentType(ContentType.JSON).body(Map.of("city", "کرج")).when().patch(ME).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin-2", roles = "admin")
    void anAdminWhoIsNotAMemberHasNoMembershipToChange() {
        Member other = members.enrol("contact-11");
        given().contentType(ContentType.JSON).body(Map.of("city", "کرج")).when().patch(ME).then().statusCode(404);
        assertUnchanged(other);
    }

    @Test
    @TestSecurity(user = "assessor-2", roles = "assessor")
    void anAssessorWhoIsNotAMemberGets404() {
        given().contentType(ContentType.JSON).body(Map.of("city", "کرج")).when().patch(ME).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "counsel-2", roles = "counsel")
    void aCounselWhoIsNotAMemberGets404() {
        given().contentType(ContentType.JSON).body(Map.of("city", "کرج")).when().patch(ME).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "contact-12", roles = "member")
    void aMemberChangesOnlyTheirOwnMembership() {
        Member other = members.enrol("contact-13");
        Member mine = members.enrol("contact-12");
        given().contentType(ContentType.JSON).body(Map.of("city", "کرج")).when().patch(ME).then().statusCode(200);
        assertThat(members.reload(mine.id).city).isEqualTo("کرج");
        assertUnchanged(other);
    }

    @Test
    @TestSecurity(user = "contact-14", roles = "member")
    void aRevokedMembershipCannotBeChanged() {
        Member member = members.enrol("contact-14");
        members.status(member, Member.StoredStatus.REVOKED);
        given().contentType(ContentType.JSON).body(Map.of("city", "کرج")).when().patch(ME).then().statusCode(404);
        assertThat(members.reload(member.id).city).isEqualTo(member.city);
    }

    @Test
    void theOpenApiDocumentDescribesTheChange() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/members/me'.patch.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/MemberContactUpdate"))
                .body("paths.'/api/v1/members/me'.patch.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "404", "409"));
    }

    @Test
    void anonymousCallersAre401() {
        given().contentType(ContentType.JSON).body(Map.of("city", "کرج")).when().patch(ME).then().statusCode(401);
    }

    private void assertUnchanged(Member before) {
        Member after = members.reload(before.id);
        assertThat(after.email).isEqualTo(before.email);
        assertThat(after.mobile).isEqualTo(before.mobile);
        assertThat(after.city).isEqualTo(before.city);
        assertThat(after.province).isEqualTo(before.province);
        assertThat(after.directoryListed).isEqualTo(before.directoryListed);
        assertThat(after.version).isEqualTo(before.version);
    }
}
