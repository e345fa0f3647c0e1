package ir.guild.registry.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Language;

@QuarkusTest
class PartnerVerificationApiTest implements OnlyActivePartnersCall {

    static final String VERIFY = "/api/v1/partner/verifications";
    static final String BATCH = VERIFY + "/batch";

    @Inject
    MembershipTestData data;

    @Inject
    MemberFixtures members;

    @Inject
    PartnerFixtures partners;

    @Inject
    IssuedCertificates certificates;

    @BeforeEach
    void clean() {
        data.clear();
        partners.firms();
    }

    static Response verify(String number, String code) {
        return given().contentType("application/json")
                .body(Map.of("membershipNumber", number, "shareCode", code)).when().post(VERIFY);
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void aCodeForTheMembershipShowsTheMembershipAndNoCertificates() {
        Member member = members.approve("holder-1");
        certificates.valid(member);
        String code = partners.code(member, ShareScope.MEMBERSHIP, "Acme").code();

        verify(member.membershipNumber, code).then().statusCode(200)
                .body("verified", equalTo(true))
                .body("membershipNumber", equalTo(member.membershipNumber))
                .body("holderName", equalTo(member.fullName))
                .body("status", equalTo("ACTIVE"))
                .body("grade", equalTo("MEMBER"))
                .body("validUntil", equalTo(member.validUntil.toString()))
                .body("certificates", nullValue());

        List<PartnerVerification> log = partners.log();
        assertThat(log).hasSize(1);
        assertThat(log.get(0).outcome).isEqualTo(VerificationOutcome.VERIFIED);
        assertThat(log.get(0).firm.clientId).isEqualTo(PartnerFixtures.ACME);
        assertThat(log.get(0).memberId).isEqualTo(member.id);
        assertThat(log.get(0).scope).isEqualTo(ShareScope.MEMBERSHIP);
        assertThat(log.get(0).shareCode.label).isEqualTo("Acme");
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void aHolderOfCertificatesInSeveralTracksGetsEachNewestFirstAndOneWithoutGetsNone() {
        certificates.clear();
        partners.firms();
        certificates.track("NEWEST_A", 3);
        certificates.track("NEWEST_B", 2);
        Member holder = members.approve("holder-newest");
        Certificate monthOld = certificates.certificate(holder, "NEWEST_A", 2, LocalDate.now().minusMonths(1));
        Certificate twoMonthsOld = certificates.certificate(holder, "NEWEST_B", 1, LocalDate.now().minusMonths(2));
        Certificate daysOld = certificates.certificate(holder, "NEWEST_B", 2, LocalDate.now().minusDays(3));
        Member without = members.approve("holder-no-certificates");
        String holderCode = partners.code(holder, ShareScope.MEMBERSHIP_AND_CERTIFICATES, null).code();
        String withoutCode = partners.code(without, ShareScope.MEMBERSHIP_AND_CERTIFICATES, null).code();

        verify(holder.membershipNumber, holderCode).then().statusCode(200)
                .body("certificates.code", contains(daysOld.displayCode(), monthOld.displayCode(),
                        twoMonthsOld.displayCode()))
                .body("certificates.trackCode", contains("NEWEST_B", "NEWEST_A", "NEWEST_B"))
                .body("certificates.level", contains(2, 2, 1))
                .body("certificates.expiresAt", contains(daysOld.expiresOn.toString(),
                        monthOld.expiresOn.toString(), twoMonthsOld.expiresOn.toString()));
        verify(without.membershipNumber, withoutCode).then().statusCode(200)
                .body("verified", equalTo(true)).body("certificates", hasSize(0));
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void theWiderScopeListsCertificatesWithTheirStatusAndTheCodeIsReadForgivingly() {
        Member member = members.approve("holder-2");
        Certificate valid = certificates.valid(member);
        Certificate expired = certificates.expired(member);
        String code = partners.code(member, ShareScope.MEMBERSHIP_AND_CERTIFICATES, null).code();
        String typed = LocalDigits.of(code.toLowerCase().replace("-", " "), Language.FA);

        verify(LocalDigits.of(member.membershipNumber, Language.FA), typed).then().statusCode(200)
                .body("verified", equalTo(true))
                .body("certificates", hasSize(2))
                .body("certificates.code", org.hamcrest.Matchers.containsInAnyOrder(valid.displayCode(),
                        expired.displayCode()))
                .body("certificates.find { it.code == '" + expired.displayCode() + "' }.status", equalTo("EXPIRED"))
                .body("certificates.find { it.code == '" + valid.displayCode() + "' }.status", equalTo("VALID"))
                .body("certificates[0].trackCode", equalTo(IssuedCertificates.TRACK_CODE));
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void everyWayOfFailingGivesTheSameAnswerAndIsLogged() {
        Member member = members.approve("holder-3");
        Member other = members.approve("holder-3-other");
        ShareCodeService.Issued expired = partners.code(member, ShareScope.MEMBERSHIP, "old");
        partners.expire(expired);
        ShareCodeService.Issued revoked = partners.code(member, ShareScope.MEMBERSHIP, "taken back");
        partners.revoke(member, revoked);
        String othersCode = partners.code(other, ShareScope.MEMBERSHIP_AND_CERTIFICATES, null).code();
        String good = partners.code(member, ShareScope.MEMBERSHIP, null).code();

        List<String> bodies = List.of(
                verify("1399-999999", good).then().statusCode(200).extract().asString(),
                verify(member.membershipNumber, "AAAA-BBBB-CCCC-DDDD").then().statusCode(200).extract().asString(),
                verify(member.membershipNumber, expired.code()).then().statusCode(200).extract().asString(),
                verify(member.membershipNumber, revoked.code()).then().statusCode(200).extract().asString(),
                verify(member.membershipNumber, othersCode).then().statusCode(200).extract().asString(),
                verify("not a number", "not a code").then().statusCode(200).extract().asString());
        assertThat(bodies).containsOnly("{\"verified\":false}");

        assertThat(partners.log()).extracting(entry -> entry.outcome).containsExactly(
                VerificationOutcome.UNKNOWN_NUMBER, VerificationOutcome.WRONG_CODE, VerificationOutcome.CODE_EXPIRED,
                VerificationOutcome.CODE_REVOKED, VerificationOutcome.WRONG_CODE, VerificationOutcome.UNKNOWN_NUMBER);
        assertThat(partners.log()).extracting(entry -> entry.memberId)
                .containsExactly(null, member.id, member.id, member.id, member.id, null);
        assertThat(partners.log()).extracting(entry -> entry.shareCode == null ? null : entry.shareCode.id)
                .containsExactly(null, null, expired.shareCode().id, revoked.shareCode().id, null, null);
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void aSuspendedMembersCodeTellsTheFirmTheyAreSuspended() {
        Member suspended = members.suspended("holder-4");
        String code = partners.code(suspended, ShareScope.MEMBERSHIP, null).code();
        verify(suspended.membershipNumber, code).then().statusCode(200)
                .body("verified", equalTo(true)).body("status", equalTo("SUSPENDED"));
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void missingFieldsAreRefusedByName() {
        given().contentType("application/json").body(Map.of("membershipNumber", " ")).when().post(VERIFY)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("membershipNumber", "shareCode"));
        assertThat(partners.log()).isEmpty();
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void aBatchAnswersEachItemInOrder() {
        Member first = members.approve("holder-5");
        Member second = members.approve("holder-6");
        String firstCode = partners.code(first, ShareScope.MEMBERSHIP, null).code();
        String secondCode = partners.code(second, ShareScope.MEMBERSHIP_AND_CERTIFICATES, null).code();
        List<Map<String, String>> items = List.of(
                Map.of("membershipNumber", second.membershipNumber, "shareCode", secondCode),
                Map.of("membershipNumber", first.membershipNumber, "shareCode", secondCode),
                Map.of("membershipNumber", first.membershipNumber, "shareCode", firstCode));

        given().contentType("application/json").body(Map.of("items", items)).when().post(BATCH)
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.verified", contains(true, false, true))
                .body("items[0].membershipNumber", equalTo(second.membershipNumber))
                .body("items[0].certificates", hasSize(0))
                .body("items[1]", equalTo(Map.of("verified", false)))
                .body("items[2].membershipNumber", equalTo(first.membershipNumber));
        assertThat(partners.log()).hasSize(3);
    }

    @Test
    @TestSecurity(user = PartnerFixtures.ACME_ACCOUNT, roles = "partner")
    void aBatchHoldsOneToAHundredItems() {
        List<Map<String, String>> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(Map.of("membershipNumber", String.format("1404-%06d", i), "shareCode", "AAAA-AAAA-AAAA-AAAA"));
        }
        given().contentType("application/json").body(Map.of("items", hundred)).when().post(BATCH)
                .then().statusCode(200).body("items", hasSize(100));

        List<Map<String, String>> more = new ArrayList<>(hundred);
        more.add(hundred.get(0));
        given().contentType("application/json").body(Map.of("items", more)).when().post(BATCH)
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));

        given().contentType("application/json").body(Map.of("items", List.of())).when().post(BATCH)
                .then().statusCode(400).body("errors.field", contains("items"));
        given().contentType("application/json").body("{}").when().post(BATCH)
                .then().statusCode(400).body("errors.field", contains("items"));
        given().contentType("application/json")
                .body(Map.of("items", List.of(Map.of("membershipNumber", "1404-000001")))).when().post(BATCH)
                .then().statusCode(400).body("errors.field", contains("items[0].shareCode"));
        assertThat(partners.log()).hasSize(100);
    }

    @Test
    @TestSecurity(user = "holder-7", roles = "member")
    void theMemberSeesWhoVerifiedThemNewestFirst() {
        Member member = members.approve("holder-7");
        ShareCodeService.Issued code = partners.code(member, ShareScope.MEMBERSHIP, "For Acme");
        partners.verifyAs(PartnerFixtures.ACME, member.membershipNumber, code.code());
        partners.verifyAs(PartnerFixtures.OTHER, member.membershipNumber, "WRONG-CODE");

        given().when().get("/api/v1/members/me/verifications").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.firm", contains("Other Firm", "Acme HR"))
                .body("items.outcome", contains("WRONG_CODE", "VERIFIED"))
                .body("items[1].shareCodeLabel", equalTo("For Acme"))
                .body("items[1].scope", equalTo("MEMBERSHIP"))
                .body("items[0].shareCodeLabel", nullValue());
        given().when().get(ShareCodeApiTest.CODES).then().body("items[0].verifications", equalTo(1));
    }

    @Test
    @TestSecurity(user = "holder-8", roles = "member")
    void anotherMemberDoesNotSeeTheseVerifications() {
        Member member = members.approve("holder-8-verified");
        members.approve("holder-8");
        partners.verifyAs(PartnerFixtures.ACME, member.membershipNumber, "WRONG");
        given().when().get("/api/v1/members/me/verifications").then().statusCode(200).body("total", equalTo(0));
    }

    @Override
    public void refusedWith(int status) {
        Member member = members.approve("holder-refused");
        String code = partners.code(member, ShareScope.MEMBERSHIP, null).code();
        verify(member.membershipNumber, code).then().statusCode(status).contentType("application/problem+json");
        given().contentType("application/json")
                .body(Map.of("items", List.of(Map.of("membershipNumber", member.membershipNumber, "shareCode", code))))
                .when().post(BATCH).then().statusCode(status).contentType("application/problem+json");
        assertThat(partners.log()).isEmpty();
    }
}
