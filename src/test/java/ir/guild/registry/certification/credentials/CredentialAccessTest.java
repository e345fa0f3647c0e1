package ir.guild.registry.certification.credentials;

import static io.restassured.RestAssured.given;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.membership.MemberFixtures;

/**
 * Who gets which credential. A certificate's credential goes to its holder and to admins;
 * everyone else, staff of other roles and partner firms included, gets 404 as if it did
 * not exist. A membership credential goes to whoever holds the membership.
 */
@QuarkusTest
class CredentialAccessTest {

    static final String HOLDER = "access-holder";

    @Inject
    MemberFixtures members;

    @Inject
    IssuedCertificates certificates;

    @BeforeEach
    @AfterEach
    void clean() {
        certificates.clear();
    }

    private long holdersCertificate() {
        Certificate certificate = certificates.grant(members.approve(HOLDER));
        members.approve("access-other-member");
        return certificate.id;
    }

    private static void certificateCredentialAnswers(long id, int status) {
        given().when().get("/api/v1/certificates/{id}/credential", id).then().statusCode(status);
    }

    private static void problem404(String path, Object... parameters) {
        given().when().get(path, parameters).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = HOLDER, roles = "member")
    void theHolderGetsTheirCertificatesCredential() {
        certificateCredentialAnswers(holdersCertificate(), 200);
    }

    @Test
    @TestSecurity(user = "access-admin", roles = "admin")
    void anAdminGetsAnyCertificatesCredential() {
        certificateCredentialAnswers(holdersCertificate(), 200);
    }

    @Test
    @TestSecurity(user = HOLDER, roles = "member")
    void theHolderStillGetsARevokedCertificatesCredential() {
        long id = holdersCertificate();
        certificates.revoke(id);
        certificateCredentialAnswers(id, 200);
    }

    @Test
    @TestSecurity(user = "access-other-member", roles = "member")
    void anotherMemberGets404ForSomeoneElsesCertificate() {
        problem404("/api/v1/certificates/{id}/credential", holdersCertificate());
    }

    @Test
    @TestSecurity(user = "access-assessor", roles = "assessor")
    void anAssessorGets404ForAMembersCertificate() {
        problem404("/api/v1/certificates/{id}/credential", holdersCertificate());
    }

    @Test
    @TestSecurity(user = "access-counsel", roles = "counsel")
    void counselGets404ForAMembersCertificate() {
        problem404("/api/v1/certificates/{id}/credential", holdersCertificate());
    }

    @Test
    @TestSecurity(user = "access-partner", roles = "partner")
    void aPartnerFirmGets404ForAMembersCertificate() {
        problem404("/api/v1/certificates/{id}/credential", holdersCertificate());
    }

    @Test
    @TestSecurity(user = "access-applicant")
    void anApplicantGets404ForAMembersCertificate() {
        problem404("/api/v1/certificates/{id}/credential", holdersCertificate());
    }

    @Test
    @TestSecurity(user = "access-admin", roles = "admin")
    void aCertificateThatDoesNotExistIs404EvenForAdmins() {
        problem404("/api/v1/certificates/{id}/credential", holdersCertificate() + 1000);
        given().when().get("/api/v1/certificates/not-a-number/credential").then().statusCode(404);
    }

    @Test
    void anonymousCallersAre401ForCertificateCredentials() {
        long id = holdersCertificate();
        given().when().get("/api/v1/certificates/{id}/credential", id)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = HOLDER, roles = "member")
    void aMemberGetsTheirMembershipCredential() {
        members.approve(HOLDER);
        given().when().get("/api/v1/members/me/credential").then().statusCode(200)
                .contentType("application/vc+jwt");
    }

    @Test
    @TestSecurity(user = "access-suspended")
    void aSuspendedMemberStillGetsTheirMembershipCredential() {
        members.suspended("access-suspended");
        given().when().get("/api/v1/members/me/credential").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "access-revoked")
    void aRevokedMembershipHasNoCredentialToGet() {
        members.revoked("access-revoked");
        problem404("/api/v1/members/me/credential");
    }

    @Test
    @TestSecurity(user = "access-applicant")
    void anApplicantHasNoMembershipCredential() {
        members.approve(HOLDER);
        problem404("/api/v1/members/me/credential");
    }

    @Test
    @TestSecurity(user = "access-admin", roles = "admin")
    void anAdminWhoIsNotAMemberHasNoMembershipCredential() {
        members.approve(HOLDER);
        problem404("/api/v1/members/me/credential");
    }

    @Test
    @TestSecurity(user = "access-assessor", roles = "assessor")
    void anAssessorWhoIsNotAMemberHasNoMembershipCredential() {
        problem404("/api/v1/members/me/credential");
    }

    @Test
    @TestSecurity(user = "access-counsel", roles = "counsel")
    void counselWhoIsNotAMemberHasNoMembershipCredential() {
        problem404("/api/v1/members/me/credential");
    }

    @Test
    @TestSecurity(user = "access-partner", roles = "partner")
    void aPartnerFirmHasNoMembershipCredential() {
        problem404("/api/v1/members/me/credential");
    }

    @Test
    void anonymousCallersAre401ForTheMembershipCredential() {
        given().when().get("/api/v1/members/me/credential")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = HOLDER, roles = "member")
    void theMembershipItselfIsStillServedBesideItsCredential() {
        members.approve(HOLDER);
        given().when().get("/api/v1/members/me").then().statusCode(200).contentType("application/json");
    }
}
