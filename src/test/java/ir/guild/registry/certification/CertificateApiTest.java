package ir.guild.registry.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.web.Language;

/** A member's certificates with their status today, and an admin's revocation. */
@QuarkusTest
class CertificateApiTest {

    private static final String ADMIN_CERTIFICATES = "/api/v1/admin/certificates/";

    @Inject
    CertificationFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    CertificateService service;

    private Track track;
    private Member sara;

    @BeforeEach
    void oneMember() {
        fixtures.clear();
        track = fixtures.track("BACKEND_JAVA");
        sara = fixtures.member("sara");
    }

    @AfterEach
    void clean() {
        fixtures.clear();
    }

    static Map<String, Object> revocation(String reason, Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("version", version);
        return body;
    }

    private ValidatableResponse revoke(long id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(ADMIN_CERTIFICATES + id + "/revoke")
                .then();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aMemberListsTheirCertificatesWithCodeTitleDatesAndStatus() {
        Certificate certificate = fixtures.granted(sara, track, 2);
        fixtures.granted(fixtures.member("omid"), track, 1);
        given().when().get("/api/v1/certificates/me")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(certificate.id.intValue()))
                .body("items[0].code", equalTo(certificate.displayCode()))
                .body("items[0].trackCode", equalTo("BACKEND_JAVA"))
                .body("items[0].trackTitle.fa", equalTo("مسیر BACKEND_JAVA"))
                .body("items[0].trackTitle.en", equalTo("Track BACKEND_JAVA"))
                .body("items[0].level", equalTo(2))
                .body("items[0].issuedAt", equalTo(MemberFixtures.today().toString()))
                .body("items[0].expiresAt", equalTo(MemberFixtures.today().plusMonths(24).toString()))
                .body("items[0].status", equalTo("VALID"))
                .body("items[0].revocationReason", nullValue());
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aMemberPagesThroughTheirCertificates() {
        fixtures.granted(sara, track, 1);
        fixtures.granted(sara, fixtures.track("DEVOPS"), 2);
        fixtures.granted(sara, fixtures.track("SECURITY"), 3);
        given().when().get("/api/v1/certificates/me?page=1&size=2")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", equalTo(3));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aCertificatePastItsExpiryReadsExpired() {
        Certificate certificate = fixtures.granted(sara, track, 1);
        fixtures.expire(certificate);
        given().when().get("/api/v1/certificates/me")
                .then().statusCode(200).body("items[0].status", equalTo("EXPIRED"));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aSuspendedMembersCertificatesReadSuspended() {
        fixtures.granted(sara, track, 1);
        fixtures.suspend(sara);
        given().when().get("/api/v1/certificates/me")
                .then().statusCode(200).body("items[0].status", equalTo("SUSPENDED"));
    }

    @Test
    @TestSecurity(user = "stranger")
    void someoneWithNoCertificatesGetsAnEmptyList() {
        given().when().get("/api/v1/certificates/me").then().statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anAdminRevokesACertificateAndTheHolderIsToldWhy() {
        Certificate certificate = fixtures.granted(sara, track, 2);
        long outbox = members.lastOutboxId();
        long audit = members.lastAuditId();
        given().when().get(ADMIN_CERTIFICATES + certificate.id)
                .then().statusCode(200).body("status", equalTo("VALID")).body("version", equalTo(0));

        revoke(certificate.id, revocation("The portfolio was not the member's own work", certificate.version))
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("The portfolio was not the member's own work"))
                .body("version", equalTo(certificate.version + 1));

        Certificate stored = fixtures.certificate(certificate.id);
        assertThat(stored.isRevoked()).isTrue();
        assertThat(stored.revokedBy).isEqualTo("demo-admin");
        assertThat(members.mailsAfter(outbox)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(sara.email);
            assertThat(mail.subject()).isEqualTo("گواهی شما باطل شد");
            assertThat(mail.text()).contains("The portfolio was not the member's own work")
                    .contains(certificate.displayCode());
        });
        assertThat(members.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("certificate.revoke");
            assertThat(entry.entityType).isEqualTo("Certificate");
            assertThat(entry.entityId).isEqualTo(certificate.id.toString());
            assertThat(entry.actorRole).isEqualTo("admin");
            assertThat(entry.summary).isEqualTo("status: VALID -> REVOKED");
        });
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void revokingTwiceIs409AndChangesNothing() {
        Certificate certificate = fixtures.granted(sara, track, 1);
        revoke(certificate.id, revocation("Fraud", certificate.version)).statusCode(200);
        long outbox = members.lastOutboxId();
        long audit = members.lastAuditId();
        revoke(certificate.id, revocation("Fraud again", certificate.version + 1))
                .statusCode(409).body("detail", containsString("already revoked"));
        assertThat(fixtures.certificate(certificate.id).revocationReason).isEqualTo("Fraud");
        assertThat(members.lastOutboxId()).isEqualTo(outbox);
        assertThat(members.lastAuditId()).isEqualTo(audit);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void aRevocationNeedsAReasonAndTheCurrentVersion() {
        Certificate certificate = fixtures.granted(sara, track, 1);
        revoke(certificate.id, revocation(" ", null))
                .statusCode(400).body("errors.field", contains("reason", "version"));
        revoke(certificate.id, revocation("Fraud", certificate.version + 3))
                .statusCode(409).body("detail", containsString("changed since you saw it"));
        revoke(999999, revocation("Fraud", 0)).statusCode(404);
        assertThat(fixtures.certificate(certificate.id).isRevoked()).isFalse();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theHolderSeesTheRevocationAndItsReason() {
        Certificate certificate = fixtures.granted(sara, track, 1);
        service.revoke(certificate.id, "Copied work", certificate.version, CertificationFixtures.ADMIN, Language.EN);
        given().when().get("/api/v1/certificates/me")
                .then().statusCode(200)
                .body("items[0].status", equalTo("REVOKED"))
                .body("items[0].revocationReason", equalTo("Copied work"));
    }
}
