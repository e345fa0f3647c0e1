package ir.guild.registry.legalaid.web;

import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.legalaid.web.LegalAidPages.MINE;
import static ir.guild.registry.legalaid.web.LegalAidPages.NEW;
import static ir.guild.registry.legalaid.web.LegalAidPages.casePath;
import static ir.guild.registry.legalaid.web.LegalAidPages.documentPath;
import static ir.guild.registry.legalaid.web.LegalAidPages.post;
import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.membership.web.PageForms.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.web.Language;

/**
 * Who sees what of the member's legal-aid pages. They show the caller's own cases only: another
 * member, counsel (even the case's own), admins, assessors, partner firms and applicants are told
 * the case does not exist, and read nothing through these pages; those who are not members are
 * told why they cannot file a case. Signed out, everyone must sign in (401 here, where OIDC is off).
 */
@QuarkusTest
class MyLegalAidPagesAccessTest {

    private static final String OWNER = "owner-subject";
    private static final String ASSIGNED_COUNSEL = "counsel-assigned";

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    LegalAidService cases;

    /** Assigned to a counsel, with a document. */
    private LegalAidCase taken;
    /** Waiting unassigned in the queue, which every counsel may read at the desk. */
    private LegalAidCase waiting;
    private long documentId;

    @BeforeEach
    void prepare() {
        fixtures.clear();
        Member owner = fixtures.member(OWNER);
        taken = fixtures.filedBy(owner);
        waiting = fixtures.filedBy(owner);
        fixtures.claim(taken.id, LegalAidFixtures.counsel(ASSIGNED_COUNSEL));
        documentId = cases.attach(taken.id, LegalAidFixtures.person(owner), "contract.pdf", PDF, Language.EN).id;
        taken = fixtures.reload(taken.id);
    }

    private static int status(String path) {
        return get(path, Language.FA).statusCode();
    }

    private Response reply(long id) {
        return post(casePath(id) + "/messages", Map.of("body", List.of("Let me in.")), false);
    }

    private Response withdraw(long id) {
        return post(casePath(id) + "/withdraw", Map.of("version", List.of(Integer.toString(taken.version)),
                "confirm", List.of("yes")), false);
    }

    private Response addDocument(long id) {
        return post(casePath(id) + "/documents", Map.of(), true);
    }

    /** Everything about the two cases as it was: no message, no document, no status change. */
    private void nothingChanged() {
        assertThat(fixtures.reload(taken.id).status).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(fixtures.reload(waiting.id).status).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(fixtures.entryCount(taken.id)).isEqualTo(3);
        assertThat(fixtures.entryCount(waiting.id)).isEqualTo(1);
        assertThat(cases.documents(taken)).hasSize(1);
    }

    /** Someone signed in who did not file the cases: none of them exists on these pages, and they read nothing. */
    private void neitherCaseExistsForThem() {
        long auditBefore = members.lastAuditId();
        for (LegalAidCase legalCase : List.of(taken, waiting)) {
            assertThat(status(casePath(legalCase.id))).as(casePath(legalCase.id)).isEqualTo(404);
            assertThat(reply(legalCase.id).statusCode()).isEqualTo(404);
            assertThat(withdraw(legalCase.id).statusCode()).isEqualTo(404);
            assertThat(addDocument(legalCase.id).statusCode()).isEqualTo(404);
        }
        assertThat(status(documentPath(taken.id, documentId))).isEqualTo(404);
        assertThat(status(casePath(999_999))).isEqualTo(404);
        assertThat(members.auditAfter(auditBefore)).as("reads recorded").isEmpty();
        nothingChanged();
    }

    /** Not a member: their own list says why they cannot file a case, and no form is offered. */
    private void toldTheyAreNotAMember() {
        Document list = page(MINE, Language.FA);
        assertThat(list.selectFirst("#case-blocked").attr("data-blocked")).isEqualTo("NOT_MEMBER");
        assertThat(list.select("#new-case-link")).isEmpty();
        assertThat(list.selectFirst("#cases-empty")).isNotNull();
        Document form = page(NEW, Language.EN);
        assertThat(form.selectFirst("#case-blocked").attr("data-blocked")).isEqualTo("NOT_MEMBER");
        assertThat(form.select("form#case-form")).isEmpty();
    }

    @Test
    @TestSecurity(user = OWNER, roles = "member")
    void theMemberWhoFiledReadsBothCasesAndTheDocument() {
        Document list = page(MINE, Language.FA);
        assertThat(list.select("#case-list tbody tr").eachAttr("data-case-id"))
                .containsExactlyInAnyOrder(taken.id.toString(), waiting.id.toString());
        assertThat(status(casePath(taken.id))).isEqualTo(200);
        assertThat(status(casePath(waiting.id))).isEqualTo(200);
        assertThat(status(documentPath(taken.id, documentId))).isEqualTo(200);
        assertThat(status(documentPath(waiting.id, documentId))).as("a document of another case").isEqualTo(404);
        nothingChanged();
    }

    @Test
    @TestSecurity(user = "other-member", roles = "member")
    void anotherMemberSeesOnlyTheirOwnEmptyListAndNoneOfTheCases() {
        fixtures.member("other-member");
        Document list = page(MINE, Language.FA);
        assertThat(list.selectFirst("#cases-empty")).isNotNull();
        assertThat(list.selectFirst("#new-case-link")).isNotNull();
        neitherCaseExistsForThem();
    }

    @Test
    @TestSecurity(user = ASSIGNED_COUNSEL, roles = "counsel")
    void theAssignedCounselUsesTheDeskNotTheMembersPages() {
        toldTheyAreNotAMember();
        neitherCaseExistsForThem();
    }

    @Test
    @TestSecurity(user = "counsel-queue", roles = "counsel")
    void aCounselWhoMayReadTheQueueAtTheDeskIsNotShownItHere() {
        toldTheyAreNotAMember();
        neitherCaseExistsForThem();
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminIsNotShownTheCaseOnTheMembersPages() {
        toldTheyAreNotAMember();
        neitherCaseExistsForThem();
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void anAssessorIsRefused() {
        toldTheyAreNotAMember();
        neitherCaseExistsForThem();
    }

    @Test
    @TestSecurity(user = "partner-1", roles = "partner")
    void aPartnerFirmIsRefused() {
        toldTheyAreNotAMember();
        neitherCaseExistsForThem();
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void anApplicantIsRefused() {
        toldTheyAreNotAMember();
        neitherCaseExistsForThem();
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        for (String path : List.of(MINE, NEW, casePath(taken.id), documentPath(taken.id, documentId))) {
            assertThat(status(path)).as(path).isEqualTo(401);
        }
        nothingChanged();
    }

    @Test
    @TestSecurity(user = "staff-member", roles = { "member", "counsel", "admin" })
    void aMemberWhoIsAlsoStaffReadsTheirOwnCaseHereAsItsMemberWithoutInternalNotes() {
        LegalAidCase own = fixtures.filedBy(fixtures.member("staff-member"));
        fixtures.note(own.id, LegalAidFixtures.admin("admin-2"), LegalAidFixtures.NOTE);
        Response page = get(casePath(own.id), Language.FA);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).doesNotContain(LegalAidFixtures.NOTE);
        assertThat(status(casePath(taken.id))).isEqualTo(404);
    }
}
