package ir.guild.registry.legalaid.web;

import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.membership.web.PageForms.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.Language;

/**
 * Who opens which page of the counsel's desk: counsel and admins the queue, a case only those
 * who handle it (its counsel, any counsel while it waits unassigned, admins), and never the
 * member who filed it. Anyone else is refused the queue (403) and told a case does not exist
 * (404); signed out, they must sign in (401 here, where OIDC is off).
 */
@QuarkusTest
class CounselPageAccessTest {

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    DeskFixtures desk;

    private LegalAidCase waiting;
    private LegalAidCase taken;
    private long documentId;

    @BeforeEach
    void aWaitingCaseAndATakenOne() {
        fixtures.clear();
        Member sara = fixtures.member("sara");
        waiting = fixtures.filedBy(sara);
        taken = fixtures.claim(fixtures.filedBy(sara).id, LegalAidFixtures.counsel("counsel-2"));
        documentId = desk.attach(taken.id, LegalAidFixtures.person(sara), "contract.pdf", PDF);
        fixtures.note(taken.id, LegalAidFixtures.counsel("counsel-2"), LegalAidFixtures.NOTE);
    }

    private static int status(String path) {
        return get(path, Language.FA).statusCode();
    }

    private String page(LegalAidCase legalCase) {
        return CounselPageTest.casePage(legalCase.id);
    }

    private String document() {
        return page(taken) + "/documents/" + documentId;
    }

    /** A note posted to the taken case with a valid CSRF token, from a page anyone may open. */
    private Response note() {
        Response home = get("/tracks", Language.FA);
        String token = parse(home).selectFirst("form[action=/lang] input[name=csrf-token]").attr("value");
        Map<String, List<String>> values = new HashMap<>();
        values.put("csrf-token", List.of(token));
        values.put("body", List.of("Written by someone who may not"));
        return new PageForm(page(taken) + "/notes", false, home.getCookies(), values, List.of(), Language.FA).post();
    }

    /** The queue refused, every case unknown, nothing written. */
    private void refusedEverywhere() {
        long entries = fixtures.entryCount(taken.id);
        assertThat(status(CounselPageTest.DESK)).isEqualTo(403);
        assertThat(status(CounselPageTest.DESK + "/profile")).isEqualTo(403);
        assertThat(status(page(waiting))).isEqualTo(404);
        assertThat(status(page(taken))).isEqualTo(404);
        assertThat(status(document())).isEqualTo(404);
        assertThat(note().statusCode()).isEqualTo(404);
        assertThat(fixtures.entryCount(taken.id)).isEqualTo(entries);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void aCounselOpensTheQueueAndWaitingCasesButNotAnotherCounselsCase() {
        long entries = fixtures.entryCount(taken.id);
        assertThat(status(CounselPageTest.DESK)).isEqualTo(200);
        assertThat(status(CounselPageTest.DESK + "/profile")).isEqualTo(200);
        assertThat(status(page(waiting))).isEqualTo(200);
        assertThat(status(page(taken))).isEqualTo(404);
        assertThat(status(document())).isEqualTo(404);
        assertThat(note().statusCode()).isEqualTo(404);
        assertThat(fixtures.entryCount(taken.id)).isEqualTo(entries);
        assertThat(status("/admin")).isEqualTo(403);
    }

    @Test
    @TestSecurity(user = "counsel-2", roles = "counsel")
    void theAssignedCounselOpensTheirCaseItsDocumentsAndWritesOnIt() {
        Document page = parse(get(page(taken), Language.FA));
        assertThat(page.selectFirst("#timeline [data-kind=INTERNAL_NOTE] [data-body]").text())
                .isEqualTo(LegalAidFixtures.NOTE);
        assertThat(status(page(waiting))).isEqualTo(200);
        assertThat(status(document())).isEqualTo(200);
        long entries = fixtures.entryCount(taken.id);
        assertThat(note().statusCode()).isEqualTo(303);
        assertThat(fixtures.entryCount(taken.id)).isEqualTo(entries + 1);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminOpensEveryCaseButHasNoCounselProfile() {
        assertThat(status(CounselPageTest.DESK)).isEqualTo(200);
        assertThat(status(page(waiting))).isEqualTo(200);
        assertThat(status(page(taken))).isEqualTo(200);
        assertThat(status(document())).isEqualTo(200);
        assertThat(status(CounselPageTest.DESK + "/profile")).isEqualTo(403);
        assertThat(note().statusCode()).isEqualTo(303);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theMemberWhoFiledTheCasesFollowsThemElsewhere() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "sara", roles = { "member", "counsel" })
    void aCounselNeverHandlesTheirOwnCaseNorSeesItOnTheDesk() {
        assertThat(status(CounselPageTest.DESK)).isEqualTo(200);
        assertThat(CounselPageTest.rowIds(parse(get(CounselPageTest.DESK, Language.FA)))).isEmpty();
        assertThat(status(page(waiting))).isEqualTo(404);
        assertThat(status(page(taken))).isEqualTo(404);
        assertThat(status(document())).isEqualTo(404);
    }

    @Test
    @TestSecurity(user = "reza", roles = "member")
    void anotherMemberIsRefused() {
        fixtures.member("reza");
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void assessorsAreRefused() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "partner-1", roles = "partner")
    void partnerFirmsAreRefused() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void applicantsAreRefused() {
        refusedEverywhere();
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        long entries = fixtures.entryCount(taken.id);
        for (String path : List.of(CounselPageTest.DESK, CounselPageTest.DESK + "/profile", page(waiting),
                page(taken), document(), "/admin")) {
            assertThat(status(path)).as(path).isEqualTo(401);
        }
        assertThat(note().statusCode()).isEqualTo(401);
        assertThat(fixtures.entryCount(taken.id)).isEqualTo(entries);
    }
}
