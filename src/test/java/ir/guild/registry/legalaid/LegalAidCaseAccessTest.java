package ir.guild.registry.legalaid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.common.SampleFiles;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;

/**
 * Who reads a case, its messages and its documents: its member, admins, and counsel (the
 * assigned one, or any while it waits unassigned); everyone else is told it does not exist.
 * Every read is audited, and internal notes never reach the member.
 */
@QuarkusTest
class LegalAidCaseAccessTest {

    private static final String CASES = "/api/v1/legal-aid/cases";

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    CaseRecords records;

    LegalAidCase filed;
    long documentId;

    static final String MESSAGE = "The contract is attached; they still owe me three months.";

    @BeforeEach
    void aCaseWithAnInternalNoteAMessageAndADocument() {
        fixtures.clear();
        Member member = fixtures.member("sara");
        filed = fixtures.filedBy(member);
        CurrentPerson sara = LegalAidFixtures.person(member);
        fixtures.note(filed.id, LegalAidFixtures.counsel("counsel-9"), LegalAidFixtures.NOTE);
        records.message(filed.id, sara, MESSAGE);
        documentId = records.pdf(filed.id, sara, "contract.pdf").id;
        filed = fixtures.reload(filed.id);
    }

    @AfterEach
    void clean() {
        fixtures.clear();
    }

    private String url() {
        return CASES + "/" + filed.id;
    }

    private String documentUrl() {
        return url() + "/documents/" + documentId;
    }

    /** The case, its messages, its documents and one document: each answers {@code status}. */
    private void everyReadAnswers(int status) {
        given().when().get(url()).then().statusCode(status);
        given().when().get(url() + "/messages").then().statusCode(status);
        given().when().get(url() + "/documents").then().statusCode(status);
        given().when().get(documentUrl()).then().statusCode(status);
    }

    /** A message and a document refused with {@code status}, leaving the case as it was. */
    private void everyWriteAnswers(int status) {
        long entries = fixtures.entryCount(filed.id);
        long documents = records.documentCount(filed.id);
        given().contentType(ContentType.JSON).body(Map.of("body", "Let me see this case"))
                .when().post(url() + "/messages")
                .then().statusCode(status);
        given().contentType("application/pdf").body(SampleFiles.PDF)
                .when().post(url() + "/documents?fileName=mine.pdf")
                .then().statusCode(status);
        assertThat(fixtures.entryCount(filed.id)).isEqualTo(entries);
        assertThat(records.documentCount(filed.id)).isEqualTo(documents);
    }

    /** Someone who may read the case reads its shared messages (never a note) and its document. */
    private void readsTheMessagesAndTheDocument() {
        String messages = given().when().get(url() + "/messages")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.kind", everyItem(equalTo("MESSAGE")))
                .body("items.body", contains(MESSAGE))
                .extract().asString();
        assertThat(messages).doesNotContain(LegalAidFixtures.NOTE);
        given().when().get(url() + "/documents")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].fileName", equalTo("contract.pdf"))
                .body("items[0].mediaType", equalTo("application/pdf"))
                .body("items[0].url", equalTo(documentUrl()));
        byte[] content = given().when().get(documentUrl())
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"contract.pdf\""))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertThat(content).isEqualTo(SampleFiles.PDF);
    }

    /** Someone who may read an open case writes a message on it and adds a document. */
    private void writesAMessageAndAddsADocument() {
        given().contentType(ContentType.JSON).body(Map.of("body", "A word on the case"))
                .when().post(url() + "/messages")
                .then().statusCode(201)
                .body("kind", equalTo("MESSAGE"))
                .body("body", equalTo("A word on the case"));
        given().contentType("image/png").body(SampleFiles.PNG)
                .when().post(url() + "/documents?fileName=screen.png")
                .then().statusCode(201)
                .body("url", startsWith(url() + "/documents/"));
        assertThat(records.documentCount(filed.id)).isEqualTo(2);
    }

    private void withdrawAnswers(int status) {
        given().contentType(ContentType.JSON).body(Map.of("version", filed.version))
                .when().post(url() + "/withdraw")
                .then().statusCode(status);
        assertThat(fixtures.reload(filed.id).status).isEqualTo(CaseStatus.SUBMITTED);
    }

    private AuditEntry onlyReadSince(long audit) {
        var entries = members.auditAfter(audit);
        assertThat(entries).hasSize(1);
        AuditEntry entry = entries.get(0);
        assertThat(entry.action).isEqualTo("legal-aid-case.read");
        assertThat(entry.entityType).isEqualTo("LegalAidCase");
        assertThat(entry.entityId).isEqualTo(filed.id.toString());
        return entry;
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theMemberReadsTheirCaseWithoutTheInternalNoteAndTheReadIsAudited() {
        long audit = members.lastAuditId();
        String body = given().when().get(url())
                .then().statusCode(200)
                .body("caseNumber", equalTo(filed.caseNumber))
                .body("timeline.kind", containsInAnyOrder("STATUS_CHANGE", "MESSAGE"))
                .extract().asString();
        assertThat(body).doesNotContain(LegalAidFixtures.NOTE).doesNotContain("INTERNAL_NOTE");
        AuditEntry read = onlyReadSince(audit);
        assertThat(read.actor).isEqualTo("sara");
        assertThat(read.actorRole).isEqualTo("member");
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theMemberReadsAndWritesTheMessagesAndDocumentsOfTheirCaseAndEachDownloadIsAudited() {
        readsTheMessagesAndTheDocument();
        long audit = members.lastAuditId();
        given().when().get(documentUrl()).then().statusCode(200);
        assertThat(members.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("legal-aid-document.read");
            assertThat(entry.actorRole).isEqualTo("member");
            assertThat(entry.entityId).isEqualTo(filed.id.toString());
            assertThat(entry.summary).isEqualTo("document " + documentId);
        });
        writesAMessageAndAddsADocument();
        given().when().get(url()).then().statusCode(200)
                .body("documents.fileName", contains("contract.pdf", "screen.png"))
                .body("documents[0].url", equalTo(documentUrl()))
                .body("$", not(hasKey("conflictWarnings")))
                .body("$", not(hasKey("conflictDeclaredAt")));
    }

    @Test
    @TestSecurity(user = "sara", roles = { "member", "counsel" })
    void aMemberWhoIsAlsoCounselStillNeverSeesNotesOnTheirOwnCase() {
        String body = given().when().get(url()).then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain(LegalAidFixtures.NOTE);
        String withdrawn = given().contentType(ContentType.JSON).body(Map.of("version", filed.version))
                .when().post(url() + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).extract().asString();
        assertThat(withdrawn).doesNotContain(LegalAidFixtures.NOTE);
    }

    @Test
    @TestSecurity(user = "reza", roles = "member")
    void anotherMemberIsToldTheCaseDoesNotExistAndSeesNoneOfItInTheirList() {
        fixtures.member("reza");
        long audit = members.lastAuditId();
        given().when().get(url()).then().statusCode(404).contentType("application/problem+json");
        everyReadAnswers(404);
        everyWriteAnswers(404);
        withdrawAnswers(404);
        given().when().get(CASES + "/mine").then().statusCode(200).body("total", equalTo(0));
        given().when().get(CASES + "/" + (filed.id + 1000)).then().statusCode(404);
        assertThat(members.auditAfter(audit)).isEmpty();
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void anyCounselReadsAnUnassignedCaseInTheQueueWithItsInternalNotes() {
        long audit = members.lastAuditId();
        given().when().get(url())
                .then().statusCode(200)
                .body("timeline.kind", hasItem("INTERNAL_NOTE"))
                .body("timeline.body", hasItem(LegalAidFixtures.NOTE));
        assertThat(onlyReadSince(audit).actorRole).isEqualTo("counsel");
        fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-9"), CaseStatus.TRIAGED, null);
        given().when().get(url()).then().statusCode(200).body("status", equalTo("TRIAGED"));
        readsTheMessagesAndTheDocument();
        writesAMessageAndAddsADocument();
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void onlyTheAssignedCounselReadsACaseOnceItIsTaken() {
        fixtures.claim(filed.id, LegalAidFixtures.counsel("counsel-2"));
        long audit = members.lastAuditId();
        given().when().get(url()).then().statusCode(404);
        everyReadAnswers(404);
        everyWriteAnswers(404);
        assertThat(members.auditAfter(audit)).isEmpty();

        CurrentPerson counsel = LegalAidFixtures.counsel("counsel-1");
        fixtures.assign(filed.id, LegalAidFixtures.admin("admin-1"), counsel);
        filed = fixtures.move(filed.id, counsel, CaseStatus.IN_PROGRESS, null);
        given().when().get(url())
                .then().statusCode(200)
                .body("assignedCounselName", equalTo("Counsel counsel-1"))
                .body("timeline.body", hasItem(LegalAidFixtures.NOTE));
        readsTheMessagesAndTheDocument();
        long audit2 = members.lastAuditId();
        given().when().get(documentUrl()).then().statusCode(200);
        assertThat(members.auditAfter(audit2)).singleElement()
                .satisfies(entry -> assertThat(entry.actorRole).isEqualTo("counsel"));
        writesAMessageAndAddsADocument();
        withdrawAnswersForbiddenAndChangesNothing(CaseStatus.IN_PROGRESS);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void counselDoNotSeeAnUnassignedCaseThatLeftTheQueue() {
        fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-9"), CaseStatus.DECLINED,
                "Outside what the guild's counsel cover");
        given().when().get(url()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminReadsAnyCaseWithItsNotesButCannotWithdrawIt() {
        filed = fixtures.claim(filed.id, LegalAidFixtures.counsel("counsel-2"));
        long audit = members.lastAuditId();
        given().when().get(url())
                .then().statusCode(200)
                .body("timeline.body", hasItem(LegalAidFixtures.NOTE));
        AuditEntry read = onlyReadSince(audit);
        assertThat(read.actor).isEqualTo("admin-1");
        assertThat(read.actorRole).isEqualTo("admin");
        readsTheMessagesAndTheDocument();
        writesAMessageAndAddsADocument();
        withdrawAnswersForbiddenAndChangesNothing(CaseStatus.ASSIGNED);
        given().when().get(CASES + "/mine").then().statusCode(200).body("total", equalTo(0));
    }

    private void withdrawAnswersForbiddenAndChangesNothing(CaseStatus status) {
        given().contentType(ContentType.JSON).body(Map.of("version", fixtures.reload(filed.id).version))
                .when().post(url() + "/withdraw")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(fixtures.reload(filed.id).status).isEqualTo(status);
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void anAssessorIsToldTheCaseDoesNotExist() {
        long audit = members.lastAuditId();
        given().when().get(url()).then().statusCode(404);
        everyReadAnswers(404);
        everyWriteAnswers(404);
        withdrawAnswers(404);
        assertThat(members.auditAfter(audit)).isEmpty();
    }

    @Test
    @TestSecurity(user = "firm-1", roles = "partner")
    void aPartnerFirmHasNoLegalAidAtAll() {
        given().when().get(url()).then().statusCode(403);
        given().when().get(CASES + "/mine").then().statusCode(403);
        everyReadAnswers(403);
        everyWriteAnswers(403);
        withdrawAnswers(403);
        given().contentType(ContentType.JSON).body(LegalAidCaseApiTest.valid()).when().post(CASES)
                .then().statusCode(403);
        assertThat(fixtures.caseCount()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void anApplicantIsToldTheCaseDoesNotExistAndHasNoCases() {
        given().when().get(url()).then().statusCode(404);
        everyReadAnswers(404);
        everyWriteAnswers(404);
        withdrawAnswers(404);
        given().when().get(CASES + "/mine").then().statusCode(200).body("total", equalTo(0))
                .body("items.id", not(hasItem(filed.id.intValue())));
    }

    @Test
    void anonymousCallersMustSignIn() {
        given().when().get(url()).then().statusCode(401);
        given().when().get(CASES + "/mine").then().statusCode(401);
        everyReadAnswers(401);
        everyWriteAnswers(401);
        withdrawAnswers(401);
        given().contentType(ContentType.JSON).body(LegalAidCaseApiTest.valid()).when().post(CASES)
                .then().statusCode(401);
        assertThat(fixtures.caseCount()).isEqualTo(1);
    }
}
