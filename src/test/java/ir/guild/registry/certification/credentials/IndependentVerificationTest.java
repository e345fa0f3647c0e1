package ir.guild.registry.certification.credentials;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MemberService;
import ir.guild.registry.web.Language;

/**
 * What a verifier does with nothing but HTTP and another JOSE library: check the signature
 * against the published keys, then the status bits, before and after the guild acts.
 */
@QuarkusTest
class IndependentVerificationTest {

    @Inject
    MemberFixtures members;

    @Inject
    MemberService memberService;

    @Inject
    IssuedCertificates certificates;

    @Inject
    VerifiableCredentials credentials;

    @BeforeEach
    @AfterEach
    void clean() {
        certificates.clear();
    }

    private static String certificateCredential(long id) {
        return given().when().get("/api/v1/certificates/{id}/credential", id)
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
    }

    private static String membershipCredential() {
        return given().when().get("/api/v1/members/me/credential")
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
    }

    @Test
    @TestSecurity(user = "holder-1", roles = "member")
    void aCertificateVerifiesWithThePublishedKeysAndReadsRevokedOnceRevoked() throws Exception {
        Member holder = members.approve("holder-1");
        Certificate certificate = certificates.grant(holder);
        Certificate neighbour = certificates.grant(members.approve("holder-1b"));

        JsonNode credential = IndependentVerifier.verify(certificateCredential(certificate.id));
        assertThat(credential.at("/credentialSubject/certificate/publicCode").asText())
                .isEqualTo(certificate.displayCode());
        assertThat(IndependentVerifier.entry(credential, "revocation").get("statusListIndex").asText())
                .isEqualTo(Long.toString(certificate.statusIndex % StatusListId.SIZE));
        assertThat(IndependentVerifier.statusBit(credential, "revocation")).isFalse();
        assertThat(IndependentVerifier.statusBit(credential, "suspension")).isFalse();

        certificates.revoke(certificate.id);

        assertThat(IndependentVerifier.statusBit(credential, "revocation")).isTrue();
        assertThat(IndependentVerifier.statusBit(credential, "suspension")).isFalse();
        JsonNode neighbours = IndependentVerifier.verify(certificateCredentialAsAdmin(neighbour.id));
        assertThat(IndependentVerifier.statusBit(neighbours, "revocation")).isFalse();

        // A revoked certificate keeps its credential; the list is what tells verifiers.
        JsonNode reissued = IndependentVerifier.verify(certificateCredential(certificate.id));
        assertThat(IndependentVerifier.statusBit(reissued, "revocation")).isTrue();
    }

    /** Signed in as holder-1, the test reads another holder's credential from the service, as an admin would. */
    private String certificateCredentialAsAdmin(long id) {
        return credentials.ofCertificate(id, MemberFixtures.ADMIN).orElseThrow();
    }

    private static CurrentPerson memberSignedIn(Member member) {
        return new CurrentPerson(member.accountSubject, member.accountSubject, member.fullNameLatin, null,
                Set.of(Role.MEMBER));
    }

    @Test
    @TestSecurity(user = "holder-2", roles = "member")
    void suspendingAMemberFlipsTheSuspensionBitOfTheirMembershipAndOfTheirCertificates() throws Exception {
        Member holder = members.approve("holder-2");
        Certificate certificate = certificates.grant(holder);
        Member bystander = members.approve("bystander-2");
        JsonNode bystanderCredential = IndependentVerifier.verify(
                credentials.ofMembership(memberSignedIn(bystander)).orElseThrow());

        JsonNode membership = IndependentVerifier.verify(membershipCredential());
        JsonNode certified = IndependentVerifier.verify(certificateCredential(certificate.id));
        assertThat(IndependentVerifier.statusBit(membership, "suspension")).isFalse();
        assertThat(IndependentVerifier.statusBit(certified, "suspension")).isFalse();

        memberService.suspend(holder.membershipNumber, "Unpaid dues", null, MemberFixtures.ADMIN, Language.EN);

        assertThat(IndependentVerifier.statusBit(membership, "suspension")).isTrue();
        assertThat(IndependentVerifier.statusBit(certified, "suspension")).isTrue();
        assertThat(IndependentVerifier.statusBit(membership, "revocation")).isFalse();
        assertThat(IndependentVerifier.statusBit(certified, "revocation")).isFalse();
        assertThat(IndependentVerifier.statusBit(bystanderCredential, "suspension")).isFalse();

        memberService.reinstate(holder.membershipNumber, null, MemberFixtures.ADMIN);

        assertThat(IndependentVerifier.statusBit(membership, "suspension")).isFalse();
        assertThat(IndependentVerifier.statusBit(certified, "suspension")).isFalse();
    }

    @Test
    @TestSecurity(user = "holder-3", roles = "member")
    void revokingAMembershipRevokesItsCredentialAndSuspendsTheCertificates() throws Exception {
        Member holder = members.approve("holder-3");
        Certificate certificate = certificates.grant(holder);
        JsonNode membership = IndependentVerifier.verify(membershipCredential());
        JsonNode certified = IndependentVerifier.verify(certificateCredential(certificate.id));

        memberService.revoke(holder.membershipNumber, "Forged documents", null, MemberFixtures.ADMIN, Language.EN);

        assertThat(IndependentVerifier.statusBit(membership, "revocation")).isTrue();
        assertThat(IndependentVerifier.statusBit(certified, "suspension")).isTrue();
        assertThat(IndependentVerifier.statusBit(certified, "revocation")).isFalse();
    }

    @Test
    @TestSecurity(user = "holder-4", roles = "member")
    void credentialsPastTheFirst131072PositionsPointAtTheNextList() throws Exception {
        long first = certificates.startNextList();
        Member holder = members.approve("holder-4");
        Certificate certificate = certificates.grant(holder);
        assertThat(holder.statusIndex).isEqualTo(first);
        assertThat(certificate.statusIndex).isEqualTo(first + 1);

        JsonNode certified = IndependentVerifier.verify(certificateCredential(certificate.id));
        JsonNode entry = IndependentVerifier.entry(certified, "revocation");
        long list = first / StatusListId.SIZE;
        assertThat(entry.get("statusListCredential").asText()).endsWith("/api/v1/public/status-lists/revocation-" + list);
        assertThat(entry.get("statusListIndex").asText()).isEqualTo("1");

        certificates.revoke(certificate.id);

        assertThat(IndependentVerifier.statusBit(certified, "revocation")).isTrue();
        JsonNode membership = IndependentVerifier.verify(membershipCredential());
        assertThat(IndependentVerifier.entry(membership, "revocation").get("statusListIndex").asText()).isEqualTo("0");
        assertThat(IndependentVerifier.statusBit(membership, "revocation")).isFalse();
        given().when().get("/api/v1/public/status-lists/revocation-" + (list + 1))
                .then().statusCode(404).contentType("application/problem+json");
    }
}
