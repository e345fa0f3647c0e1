package ir.guild.registry.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.common.SampleFiles;
import ir.guild.registry.mail.OutgoingMail;
import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/** The assessors' queue and their decisions: grant (issuing a certificate), deny, request information. */
@QuarkusTest
class AssessorDecisionApiTest {

    private static final String QUEUE = "/api/v1/assessor/certification-requests";

    @Inject
    CertificationFixtures fixtures;

    @Inject
    MemberFixtures members;

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

    static Map<String, Object> decision(String decision, Object level, String reason, Integer version) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("level", level);
        body.put("reason", reason);
        body.put("version", version);
        return body;
    }

    private ValidatableResponse decide(long id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(QUEUE + "/" + id + "/decision")
                .then();
    }

    /** What a refused decision must leave as it was. */
    private record Snapshot(CertificationRequest request, long outbox, long audit, long certificates) {
    }

    private Snapshot snapshot(long id) {
        return new Snapshot(fixtures.reload(id), members.lastOutboxId(), members.lastAuditId(),
                fixtures.certificateCount());
    }

    private void assertNothingChanged(Snapshot before) {
        CertificationRequest now = fixtures.reload(before.request().id);
        assertThat(now.status).isEqualTo(before.request().status);
        assertThat(now.version).isEqualTo(before.request().version);
        assertThat(now.decisionReason).isEqualTo(before.request().decisionReason);
        assertThat(members.lastOutboxId()).isEqualTo(before.outbox());
        assertThat(members.lastAuditId()).isEqualTo(before.audit());
        assertThat(fixtures.certificateCount()).isEqualTo(before.certificates());
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void theQueueListsRequestsOldestFirstByStatusAndTrack() {
        Track devops = fixtures.track("DEVOPS");
        Member omid = fixtures.member("omid");
        CertificationRequest first = fixtures.request(sara, track, 1);
        CertificationRequest second = fixtures.request(omid, track, 2);
        CertificationRequest other = fixtures.needingInfo(sara, devops, 3);

        given().when().get(QUEUE)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.id", contains(first.id.intValue(), second.id.intValue(), other.id.intValue()))
                .body("items[0].version", equalTo(first.version))
                .body("items[0].evidence", equalTo(CertificationFixtures.EVIDENCE));
        given().queryParam("status", "submitted").queryParam("track", "backend_java").queryParam("size", 1)
                .queryParam("page", 1)
                .when().get(QUEUE)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(second.id.intValue()));
        given().queryParam("status", "NEEDS_INFO").when().get(QUEUE)
                .then().statusCode(200).body("items.id", contains(other.id.intValue()));
        given().queryParam("status", "LOST").when().get(QUEUE)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void grantingIssuesACertificateWithAnUnguessableCodeAndTheRightDates() {
        CertificationRequest request = fixtures.request(sara, track, 2);
        long outbox = members.lastOutboxId();
        long audit = members.lastAuditId();

        int certificateId = decide(request.id, decision("GRANT", null, null, request.version))
                .statusCode(200)
                .body("status", equalTo("GRANTED"))
                .body("grantedLevel", equalTo(2))
                .body("version", equalTo(request.version + 1))
                .body("certificateId", notNullValue())
                .extract().path("certificateId");

        Certificate certificate = fixtures.certificate(certificateId);
        assertThat(certificate.publicCode).matches("[0-9A-HJKMNP-TV-Z]{12}");
        assertThat(certificate.displayCode()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(certificate.requestId).isEqualTo(request.id);
        assertThat(certificate.memberId).isEqualTo(sara.id);
        assertThat(certificate.membershipNumber).isEqualTo(sara.membershipNumber);
        assertThat(certificate.holderName).isEqualTo(sara.fullName);
        assertThat(certificate.holderNameLatin).isEqualTo(sara.fullNameLatin);
        assertThat(certificate.track.code).isEqualTo("BACKEND_JAVA");
        assertThat(certificate.level).isEqualTo(2);
        assertThat(certificate.issuedOn).isEqualTo(MemberFixtures.today());
        assertThat(certificate.expiresOn).isEqualTo(MemberFixtures.today().plusMonths(24));
        assertThat(certificate.statusIndex).isNotNull();
        assertThat(certificate.isRevoked()).isFalse();

        List<OutgoingMail> mails = members.mailsAfter(outbox);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(sara.email);
            assertThat(mail.subject()).isEqualTo("گواهی شما صادر شد");
            assertThat(mail.text()).contains(certificate.displayCode())
                    .contains("http://127.0.0.1:8080/verify/" + certificate.displayCode())
                    .contains("مسیر BACKEND_JAVA")
                    .contains("سطح ۲")
                    .contains(JalaliDates.formatDate(certificate.expiresOn, Language.FA.locale()));
        });
        List<AuditEntry> entries = members.auditAfter(audit);
        assertThat(entries).extracting(entry -> entry.action)
                .containsExactly("certification-request.grant", "certificate.issue");
        assertThat(entries.get(0).summary)
                .isEqualTo("status: SUBMITTED -> GRANTED; level 2; certificate " + certificateId);
        assertThat(entries.get(0).actorRole).isEqualTo("assessor");
        assertThat(entries.get(1).entityType).isEqualTo("Certificate");
        assertThat(entries.get(1).entityId).isEqualTo(Integer.toString(certificateId));
        assertThat(entries).allSatisfy(entry -> assertThat(entry.summary).doesNotContain(certificate.publicCode));
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void anEnglishSpeakingMemberIsToldInEnglishWithGregorianDates() {
        Member john = members.approve("john", Applicants.record(Applicants.nationalId()), "MEMBER", Language.EN);
        CertificationRequest request = fixtures.request(john, track, 1);
        long outbox = members.lastOutboxId();
        decide(request.id, decision("GRANT", null, null, request.version)).statusCode(200);
        Certificate certificate = fixtures.certificateOfRequest(request.id);
        assertThat(members.mailsAfter(outbox)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your certificate is issued");
            assertThat(mail.text()).contains("Track BACKEND_JAVA").contains("level 1")
                    .contains(JalaliDates.formatDate(certificate.expiresOn, Language.EN.locale()))
                    .contains(certificate.displayCode());
        });
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void anAssessorMayGrantALowerLevelButNotAHigherOneOrOneTheTrackLacks() {
        CertificationRequest request = fixtures.request(sara, track, 2);
        Snapshot before = snapshot(request.id);
        decide(request.id, decision("GRANT", 3, null, request.version))
                .statusCode(400).body("errors[0].field", equalTo("level"));
        decide(request.id, decision("GRANT", 0, null, request.version))
                .statusCode(400).body("errors[0].field", equalTo("level"));
        assertNothingChanged(before);

        decide(request.id, decision("GRANT", "۱", "Level 2 needs a production system", request.version))
                .statusCode(200).body("grantedLevel", equalTo(1));
        assertThat(fixtures.certificateOfRequest(request.id).level).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void denyingNeedsAReasonAndTellsTheMemberWhy() {
        CertificationRequest request = fixtures.request(sara, track, 3);
        Snapshot before = snapshot(request.id);
        decide(request.id, decision("DENY", null, "  ", request.version))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        assertNothingChanged(before);

        decide(request.id, decision("DENY", null, "No evidence of level 3 work", request.version))
                .statusCode(200)
                .body("status", equalTo("DENIED"))
                .body("decisionReason", equalTo("No evidence of level 3 work"));
        assertThat(members.mailsAfter(before.outbox())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("درخواست گواهی شما پذیرفته نشد");
            assertThat(mail.text()).contains("No evidence of level 3 work");
        });
        assertThat(members.auditAfter(before.audit())).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("certification-request.deny");
            assertThat(entry.summary).isEqualTo("status: SUBMITTED -> DENIED");
        });
        assertThat(fixtures.certificateCount()).isZero();
        CertificationRequest stored = fixtures.reload(request.id);
        assertThat(stored.decidedBy).isEqualTo("demo-assessor");
        assertThat(stored.decidedAt).isNotNull();
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void askingForInformationNeedsAReasonAndTellsTheMemberWhatIsAsked() {
        CertificationRequest request = fixtures.request(sara, track, 1);
        Snapshot before = snapshot(request.id);
        decide(request.id, decision("REQUEST_INFO", null, null, request.version))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        assertNothingChanged(before);

        decide(request.id, decision("REQUEST_INFO", null, "Link the repository", request.version))
                .statusCode(200).body("status", equalTo("NEEDS_INFO"));
        assertThat(members.mailsAfter(before.outbox())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("درخواست گواهی شما به اطلاعات بیشتری نیاز دارد");
            assertThat(mail.text()).contains("Link the repository").contains("/me/certifications");
        });
        assertThat(members.auditAfter(before.audit())).singleElement()
                .satisfies(entry -> assertThat(entry.action).isEqualTo("certification-request.request-info"));
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void aRequestWaitingForTheMemberCannotBeGrantedAndNothingChanges() {
        CertificationRequest request = fixtures.needingInfo(sara, track, 1);
        Snapshot before = snapshot(request.id);
        decide(request.id, decision("GRANT", null, null, request.version))
                .statusCode(409).body("detail", containsString("NEEDS_INFO"));
        decide(request.id, decision("REQUEST_INFO", null, "Again", request.version)).statusCode(409);
        assertNothingChanged(before);
        // It may still be denied while waiting.
        decide(request.id, decision("DENY", null, "No answer in three months", request.version)).statusCode(200);
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void aDecidedRequestCannotBeDecidedAgain() {
        Certificate certificate = fixtures.granted(sara, track, 1);
        CertificationRequest request = fixtures.reload(certificate.requestId);
        Snapshot before = snapshot(request.id);
        decide(request.id, decision("DENY", null, "Changed my mind", request.version))
                .statusCode(409).contentType("application/problem+json");
        decide(request.id, decision("GRANT", null, null, request.version)).statusCode(409);
        assertNothingChanged(before);
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void aDecisionOnAStaleVersionIs409AndChangesNothing() {
        CertificationRequest request = fixtures.request(sara, track, 1);
        fixtures.attach(request, "late.pdf", SampleFiles.PDF);
        Snapshot before = snapshot(request.id);
        decide(request.id, decision("GRANT", null, null, request.version))
                .statusCode(409).body("detail", containsString("changed since you saw it"));
        assertNothingChanged(before);
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void aDecisionWithoutAVersionOrWithAnUnknownKindIs400() {
        CertificationRequest request = fixtures.request(sara, track, 1);
        Snapshot before = snapshot(request.id);
        decide(request.id, decision("GRANT", null, null, null))
                .statusCode(400).body("errors[0].field", equalTo("version"));
        decide(request.id, decision("APPROVE", null, null, request.version))
                .statusCode(400).body("errors[0].field", equalTo("decision"));
        decide(999999, decision("GRANT", null, null, 0)).statusCode(404);
        assertNothingChanged(before);
    }

    @Test
    @TestSecurity(user = "asra", roles = { "member", "assessor" })
    void anAssessorWhoIsAlsoAMemberCannotDecideTheirOwnRequest() {
        Member asra = fixtures.member("asra");
        CertificationRequest own = fixtures.request(asra, track, 3);
        CertificationRequest saras = fixtures.request(sara, track, 1);
        Snapshot before = snapshot(own.id);
        decide(own.id, decision("GRANT", null, null, own.version))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("own"));
        decide(own.id, decision("DENY", null, "Modesty", own.version)).statusCode(403);
        assertNothingChanged(before);
        // Someone else's request they may decide.
        decide(saras.id, decision("GRANT", null, null, saras.version)).statusCode(200);
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void noCertificateIsIssuedToAMemberSuspendedSinceTheyAsked() {
        CertificationRequest request = fixtures.request(sara, track, 1);
        fixtures.suspend(sara);
        Snapshot before = snapshot(request.id);
        decide(request.id, decision("GRANT", null, null, request.version))
                .statusCode(409).body("detail", containsString("SUSPENDED"));
        assertNothingChanged(before);
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void theAssessorReadsARequestWithItsFiles() {
        CertificationRequest request = fixtures.request(sara, track, 1);
        fixtures.attach(request, "cv.pdf", SampleFiles.PDF);
        given().when().get("/api/v1/certification-requests/" + request.id)
                .then().statusCode(200)
                .body("files", hasSize(1))
                .body("files[0].mediaType", equalTo("application/pdf"))
                .body("version", equalTo(request.version + 1));
    }
}
