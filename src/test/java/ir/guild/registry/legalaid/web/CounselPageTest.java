package ir.guild.registry.legalaid.web;

import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.membership.web.PageForms.browser;
import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.membership.web.PageForms.page;
import static ir.guild.registry.membership.web.PageForms.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/** The counsel's desk: the queue with its filters and deadlines, and a case as its counsel reads it. */
@QuarkusTest
class CounselPageTest {

    static final String DESK = "/counsel";
    static final String ME = "counsel-1";
    static final CurrentPerson COUNSEL = LegalAidFixtures.counsel(ME);
    static final CurrentPerson OTHER_COUNSEL = LegalAidFixtures.counsel("counsel-2");

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    DeskFixtures desk;

    @BeforeEach
    void clean() {
        fixtures.clear();
    }

    static String casePage(long id) {
        return DESK + "/cases/" + id;
    }

    static List<String> rowIds(Document page) {
        return page.select("#queue tbody tr").eachAttr("data-case-id");
    }

    private static Element row(Document page, LegalAidCase legalCase) {
        return page.selectFirst("#queue tr[data-case-id=" + legalCase.id + "]");
    }

    // --- the queue ----------------------------------------------------------------------

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void theQueueShowsUnassignedAndOwnCasesWithTheirDeadlineInColourAndWords() {
        Member sara = fixtures.member("sara");
        LegalAidCase waiting = fixtures.reload(desk.filed(sara, "UNPAID_WAGES", "HIGH", "Unpaid salary").id);
        LegalAidCase late = fixtures.reload(desk.filed(sara, "CONTRACT_DISPUTE", "LOW", "Broken contract").id);
        desk.overdue(late.id);
        LegalAidCase soon = fixtures.reload(desk.filed(sara, "OTHER", "NORMAL", "Due today").id);
        desk.dueOn(soon.id, MemberFixtures.today());
        LegalAidCase mine = fixtures.working(desk.filed(sara, "OTHER", "URGENT", "Mine").id, COUNSEL);
        LegalAidCase theirs = fixtures.claim(desk.filed(sara, "OTHER", "LOW", "Theirs").id, OTHER_COUNSEL);

        Document page = page(DESK, Language.FA);
        assertThat(page.selectFirst("h1").text()).isEqualTo("میز معاضدت حقوقی");
        assertThat(rowIds(page)).containsExactly(waiting.id.toString(), late.id.toString(), soon.id.toString(),
                mine.id.toString()).doesNotContain(theirs.id.toString());
        assertThat(page.selectFirst("#overdue-count").text()).isEqualTo("پرونده‌های گذشته از مهلت پاسخ نخست: ۱");
        assertThat(page.selectFirst("#overdue-count").hasClass("alert-danger")).isTrue();

        Element first = row(page, waiting);
        assertThat(first.selectFirst("a").attr("href")).isEqualTo(casePage(waiting.id));
        assertThat(first.selectFirst("a").text()).isEqualTo(waiting.caseNumber);
        assertThat(first.text()).contains("Unpaid salary", "دستمزد معوق", "زیاد", "سارا رضایی", "بدون مشاور",
                "ثبت‌شده");
        assertThat(first.select("time").get(0).text())
                .isEqualTo(JalaliDates.formatDateTime(waiting.createdAt, Language.FA.locale(), GuildClock.ZONE));
        assertThat(first.select("time").get(1).text())
                .isEqualTo(JalaliDates.formatDate(waiting.firstResponseDue, Language.FA.locale()));
        assertSla(first, "ON_TIME", "success", "در مهلت");
        assertSla(row(page, late), "OVERDUE", "danger", "گذشته از مهلت");
        assertSla(row(page, soon), "DUE_SOON", "warning", "نزدیک به پایان مهلت");
        assertSla(row(page, mine), "MET", "secondary", "پاسخ داده شد");
        assertThat(row(page, mine).text()).contains("Counsel counsel-1", "فوری");
        PageForms.assertEveryFieldHasALabel(page);
    }

    static void assertSla(Element row, String state, String tone, String words) {
        Element badge = row.selectFirst("[data-sla]");
        assertThat(badge.attr("data-sla")).isEqualTo(state);
        assertThat(badge.hasClass("text-bg-" + tone)).as(badge.outerHtml()).isTrue();
        assertThat(badge.text()).isEqualTo(words);
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void theQueueShowsTheDeadlinesInEnglishWordsToo() {
        Member sara = fixtures.member("sara");
        LegalAidCase waiting = fixtures.filedBy(sara);
        LegalAidCase late = fixtures.filedBy(sara);
        desk.overdue(late.id);
        LegalAidCase mine = fixtures.working(fixtures.filedBy(sara).id, COUNSEL);

        Document page = page(DESK, Language.EN);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Legal-aid desk");
        assertSla(row(page, waiting), "ON_TIME", "success", "on time");
        assertSla(row(page, late), "OVERDUE", "danger", "overdue");
        assertSla(row(page, mine), "MET", "secondary", "answered");
        assertThat(page.selectFirst("#overdue-count").text()).isEqualTo("Cases past their first-response deadline: 1");
        assertThat(row(page, waiting).select("time").get(1).text())
                .isEqualTo(JalaliDates.formatDate(waiting.firstResponseDue, Language.EN.locale()));
        assertThat(row(page, waiting).text()).contains("Unpaid wages", "High", "unassigned", "Submitted");
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void theTabsAndFiltersNarrowTheQueueWithoutJavaScriptAndKeepEachOther() {
        Member sara = fixtures.member("sara");
        LegalAidCase wages = fixtures.reload(desk.filed(sara, "UNPAID_WAGES", "HIGH", "Wages").id);
        LegalAidCase contract = fixtures.reload(desk.filed(sara, "CONTRACT_DISPUTE", "LOW", "Contract").id);
        LegalAidCase mine = fixtures.claim(desk.filed(sara, "UNPAID_WAGES", "LOW", "Mine").id, COUNSEL);

        Document all = page(DESK, Language.EN);
        assertThat(all.select("#scopes a").eachText()).containsExactly("Unassigned", "My cases", "All I can see");
        assertThat(all.selectFirst("#scopes a[aria-current=page]").attr("data-scope")).isEqualTo("ALL");
        assertThat(all.selectFirst("#queue-filter").attr("method")).isEqualTo("get");

        assertThat(rowIds(page(DESK + "?assigned=unassigned", Language.EN)))
                .containsExactly(wages.id.toString(), contract.id.toString());
        Document mineOnly = page(DESK + "?assigned=mine", Language.EN);
        assertThat(rowIds(mineOnly)).containsExactly(mine.id.toString());
        assertThat(mineOnly.selectFirst("#queue-filter input[name=assigned]").attr("value")).isEqualTo("mine");
        assertThat(rowIds(page(DESK + "?status=ASSIGNED", Language.EN))).containsExactly(mine.id.toString());
        assertThat(rowIds(page(DESK + "?category=UNPAID_WAGES&assigned=unassigned", Language.EN)))
                .containsExactly(wages.id.toString());
        Document low = page(DESK + "?urgency=LOW&category=&status=", Language.EN);
        assertThat(rowIds(low)).containsExactly(contract.id.toString(), mine.id.toString());
        assertThat(low.selectFirst("#urgency option[selected]").attr("value")).isEqualTo("LOW");
        assertThat(low.selectFirst("#scopes a[data-scope=UNASSIGNED]").attr("href"))
                .isEqualTo("/counsel?assigned=unassigned&urgency=LOW");
        Document none = page(DESK + "?status=RESOLVED", Language.EN);
        assertThat(none.selectFirst("#queue-empty").text()).isEqualTo("No cases match.");
        assertThat(get(DESK + "?status=LOST", Language.EN).statusCode()).isEqualTo(400);
        assertThat(get(DESK + "?assigned=everyone", Language.EN).statusCode()).isEqualTo(400);
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void aLongQueueIsPaged() {
        Member sara = fixtures.member("sara");
        LegalAidCase first = fixtures.filedBy(sara);
        for (int i = 0; i < CounselPage.PAGE_SIZE; i++) {
            desk.filed(sara, "OTHER", "LOW", "Case " + i);
        }
        Document one = page(DESK + "?assigned=unassigned", Language.EN);
        assertThat(rowIds(one)).hasSize(CounselPage.PAGE_SIZE).first().isEqualTo(first.id.toString());
        assertThat(one.selectFirst("#queue-total").text()).isEqualTo((CounselPage.PAGE_SIZE + 1) + " cases");
        assertThat(one.selectFirst("#pagination a[rel=next]").attr("href"))
                .isEqualTo("/counsel?assigned=unassigned&page=2");
        assertThat(rowIds(page(DESK + "?assigned=unassigned&page=2", Language.EN))).hasSize(1)
                .doesNotContain(first.id.toString());
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void adminsSeeEveryCaseOnTheDeskWhoeverHandlesIt() {
        Member sara = fixtures.member("sara");
        LegalAidCase waiting = fixtures.filedBy(sara);
        LegalAidCase theirs = fixtures.claim(fixtures.filedBy(sara).id, OTHER_COUNSEL);
        desk.overdue(theirs.id);

        Document page = page(DESK, Language.EN);
        assertThat(page.select("#scopes a").eachText()).containsExactly("Unassigned", "All cases");
        assertThat(rowIds(page)).containsExactly(waiting.id.toString(), theirs.id.toString());
        assertThat(row(page, theirs).text()).contains("Counsel counsel-2");
        assertThat(page.selectFirst("#overdue-count").attr("data-overdue")).isEqualTo("1");
        assertThat(page.select("#profile-link")).isEmpty();
    }

    // --- one case -----------------------------------------------------------------------

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void theCasePageShowsAllOfTheCaseWithItsDocumentsAndInternalNotesMarked() {
        Member sara = fixtures.member("sara");
        LegalAidCase filed = fixtures.filedBy(sara);
        long documentId = desk.attach(filed.id, LegalAidFixtures.person(sara), "payslip.pdf", PDF);
        fixtures.note(filed.id, OTHER_COUNSEL, LegalAidFixtures.NOTE);

        Document page = page(casePage(filed.id), Language.FA);
        assertThat(page.selectFirst("h1").text()).contains(filed.caseNumber, "Three months of unpaid salary");
        assertThat(page.selectFirst("#case-status").text()).isEqualTo("ثبت‌شده");
        assertThat(page.selectFirst("#case-sla").text()).isEqualTo("در مهلت");
        assertThat(page.selectFirst("#description").wholeText()).isEqualTo(filed.description);
        assertThat(page.selectFirst("[data-field=counterparty]").text()).isEqualTo("Fanavaran Co. (شرکت یا سازمان)");
        assertThat(page.selectFirst("[data-field=amount]").text()).isEqualTo("۲۵۰٬۰۰۰٬۰۰۰ ریال");
        assertThat(page.selectFirst("[data-field=member]").text()).isEqualTo("سارا رضایی");
        assertThat(page.selectFirst("[data-field=filed] time").text())
                .isEqualTo(JalaliDates.formatDateTime(filed.createdAt, Language.FA.locale(), GuildClock.ZONE));
        Element document = page.selectFirst("#documents a");
        assertThat(document.text()).isEqualTo("payslip.pdf");
        assertThat(document.attr("href")).isEqualTo(casePage(filed.id) + "/documents/" + documentId);

        Element note = page.selectFirst("#timeline [data-kind=INTERNAL_NOTE]");
        assertThat(note.selectFirst("[data-body]").text()).isEqualTo(LegalAidFixtures.NOTE);
        assertThat(note.selectFirst("[data-entry-label]").text()).isEqualTo("داخلی — به عضو نشان داده نمی‌شود");
        assertThat(page.selectFirst("#timeline [data-kind=STATUS_CHANGE] [data-status-change]").text())
                .isEqualTo("ثبت پرونده: «ثبت‌شده»");
        assertThat(page.select("#claim-form, #move-form, #message-form, #note-form")).hasSize(4);
        assertThat(page.select("#assign-form, #conflict-warnings")).isEmpty();
        assertThat(page.select("#move-status option").eachAttr("value")).containsExactly("", "TRIAGED", "DECLINED");
        assertThat(page.selectFirst("#message-form label").text()).contains("عضو آن را در پرونده می‌بیند");
        assertThat(page.selectFirst("#note-form label").text()).contains("هرگز به عضو نشان داده نمی‌شود");
        PageForms.assertEveryFieldHasALabel(page);

        Response download = browser(Language.FA).when().get(casePage(filed.id) + "/documents/" + documentId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.asByteArray()).isEqualTo(PDF);
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.header("Cache-Control")).contains("no-store");
        assertThat(get(casePage(filed.id) + "/documents/" + (documentId + 1000), Language.FA).statusCode())
                .isEqualTo(404);
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void theCasePageReadsInEnglish() {
        LegalAidCase filed = fixtures.filedBy("sara");
        Document page = page(casePage(filed.id), Language.EN);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("#case-status").text()).isEqualTo("Submitted");
        assertThat(page.selectFirst("#case-sla").text()).isEqualTo("on time");
        assertThat(page.selectFirst("[data-field=amount]").text()).isEqualTo("250,000,000 Rials");
        assertThat(page.selectFirst("[data-field=due] time").text())
                .isEqualTo(JalaliDates.formatDate(filed.firstResponseDue, Language.EN.locale()));
        assertThat(page.selectFirst("#claim-form label[for=claim-no-conflict]").text())
                .isEqualTo("I declare I have no conflict of interest in this case.");
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void takingACaseNeedsTheDeclarationOfNoConflict() {
        LegalAidCase filed = fixtures.filedBy("sara");
        Response shown = get(casePage(filed.id), Language.EN);
        assertThat(parse(shown).selectFirst("#claim-no-conflict").hasAttr("required")).isTrue();

        Response refused = PageForm.of(shown, "#claim-form", Language.EN).post();
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = parse(refused);
        assertThat(again.selectFirst("#claim-no-conflict").hasClass("is-invalid")).isTrue();
        assertThat(again.selectFirst("#claim-form [data-field=noConflict]").text())
                .isEqualTo("Before taking a case you must declare that you have no conflict of interest.");
        assertThat(fixtures.reload(filed.id).assignedCounselSubject).isNull();

        Response taken = PageForm.of(shown, "#claim-form", Language.EN).set("noConflict", "true").post();
        assertThat(taken.statusCode()).isEqualTo(303);
        assertThat(taken.header("Location")).endsWith(casePage(filed.id) + "?done=claimed");
        LegalAidCase claimed = fixtures.reload(filed.id);
        assertThat(claimed.status).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(claimed.assignedCounselSubject).isEqualTo(ME);
        assertThat(claimed.conflictDeclaredBy).isEqualTo(ME);

        Document after = page(casePage(filed.id) + "?done=claimed", Language.EN);
        assertThat(after.selectFirst("#notice").text()).startsWith("You took the case");
        assertThat(after.select("#claim-form")).isEmpty();
        assertThat(after.select("#move-status option").eachAttr("value")).containsExactly("", "IN_PROGRESS",
                "DECLINED");
        assertThat(after.select("#move-no-conflict")).isEmpty();
        assertThat(after.selectFirst("[data-field=counsel]").text()).isEqualTo(ME);
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void aCounterpartyThatIsAPartnerFirmIsWarnedAboutAndTheWarningMustBeWeighed() {
        desk.partnerFirm("Fanavaran", "10101234567");
        LegalAidCase filed = fixtures.filedBy("sara");
        Response shown = get(casePage(filed.id), Language.FA);
        Document page = parse(shown);
        Element warning = page.selectFirst("#conflict-warnings [data-warning=PARTNER_FIRM]");
        assertThat(warning.text()).isEqualTo("طرف دعوا با «Fanavaran»، یکی از شرکت‌های همکار صنف، مطابقت دارد.");
        assertThat(page.selectFirst("#claim-warnings").hasAttr("required")).isTrue();

        Response refused = PageForm.of(shown, "#claim-form", Language.FA).set("noConflict", "true").post();
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = parse(refused);
        assertThat(again.selectFirst("#claim-warnings").hasClass("is-invalid")).isTrue();
        assertThat(again.selectFirst("#claim-form [data-field=warningsAcknowledged]").text()).contains("Fanavaran");
        assertThat(again.selectFirst("#claim-no-conflict").hasAttr("checked")).isTrue();
        assertThat(fixtures.reload(filed.id).assignedCounselSubject).isNull();

        Response taken = PageForm.of(shown, "#claim-form", Language.FA).set("noConflict", "true")
                .set("warningsAcknowledged", "true").post();
        assertThat(taken.statusCode()).isEqualTo(303);
        assertThat(fixtures.reload(filed.id).assignedCounselSubject).isEqualTo(ME);
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void aCounselDeclaresTheirEmployerAndIsWarnedWhenACaseIsAgainstIt() {
        LegalAidCase filed = fixtures.filedBy("sara");
        assertThat(parse(get(casePage(filed.id), Language.EN)).select("#conflict-warnings")).isEmpty();

        Response profile = get(DESK + "/profile", Language.EN);
        assertThat(parse(profile).selectFirst("#employer").attr("value")).isEmpty();
        Response tooLong = PageForm.of(profile, "#profile-form", Language.EN).set("employer", "x".repeat(201)).post();
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(parse(tooLong).selectFirst("[data-field=employer]").text()).isNotBlank();
        Response saved = PageForm.of(profile, "#profile-form", Language.EN).set("employer", "Fanavaran Company")
                .post();
        assertThat(saved.statusCode()).isEqualTo(303);
        Document shown = page(saved.header("Location").replaceFirst("^https?://[^/]+", ""), Language.EN);
        assertThat(shown.selectFirst("#notice").text()).isEqualTo("Your employer is recorded.");
        assertThat(shown.selectFirst("#employer").attr("value")).isEqualTo("Fanavaran Company");

        Element warning = page(casePage(filed.id), Language.EN)
                .selectFirst("#conflict-warnings [data-warning=OWN_EMPLOYER]");
        assertThat(warning.text()).isEqualTo("The counterparty matches your declared employer, “Fanavaran Company”.");
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void movingACaseOnNeedsAReasonToDeclineAndAStaleFormIsExplained() {
        LegalAidCase claimed = fixtures.claim(fixtures.filedBy("sara").id, COUNSEL);
        Response shown = get(casePage(claimed.id), Language.FA);

        Response noReason = PageForm.of(shown, "#move-form", Language.FA).set("status", "DECLINED").post();
        assertThat(noReason.statusCode()).isEqualTo(400);
        Document refused = parse(noReason);
        assertThat(refused.selectFirst("#move-reason").hasClass("is-invalid")).isTrue();
        assertThat(refused.selectFirst("#move-status option[selected]").attr("value")).isEqualTo("DECLINED");
        assertThat(fixtures.reload(claimed.id).status).isEqualTo(CaseStatus.ASSIGNED);

        Response started = PageForm.of(shown, "#move-form", Language.FA).set("status", "IN_PROGRESS")
                .set("message", "پرونده را بررسی می‌کنم.").post();
        assertThat(started.statusCode()).isEqualTo(303);
        LegalAidCase working = fixtures.reload(claimed.id);
        assertThat(working.status).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(working.firstRespondedAt).isNotNull();
        Document now = page(casePage(claimed.id), Language.FA);
        assertThat(now.selectFirst("#case-sla").text()).isEqualTo("پاسخ داده شد");
        assertThat(now.selectFirst("#timeline [data-kind=MESSAGE] [data-body]").text())
                .isEqualTo("پرونده را بررسی می‌کنم.");
        assertThat(now.select("#move-status option").eachAttr("value")).containsExactly("", "AWAITING_MEMBER",
                "RESOLVED", "CLOSED");

        // The form of the page shown before carries the old version.
        Response stale = PageForm.of(shown, "#move-form", Language.FA).set("status", "DECLINED")
                .set("reason", "بیرون از حوزه صنف").post();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(parse(stale).selectFirst("#stale-alert").text()).contains("چیزی تغییر نکرد");
        assertThat(fixtures.reload(claimed.id).status).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void decliningAWaitingCaseTakesItOffTheCounselsDesk() {
        LegalAidCase filed = fixtures.filedBy("sara");
        Response declined = PageForm.of(get(casePage(filed.id), Language.EN), "#move-form", Language.EN)
                .set("status", "DECLINED").set("reason", "Outside what the guild covers").post();
        assertThat(declined.statusCode()).isEqualTo(303);
        assertThat(declined.header("Location")).endsWith(DESK + "?done=moved");
        assertThat(fixtures.reload(filed.id).status).isEqualTo(CaseStatus.DECLINED);
        assertThat(page(DESK + "?done=moved", Language.EN).selectFirst("#notice").text())
                .isEqualTo("The case's status is recorded.");
        assertThat(get(casePage(filed.id), Language.EN).statusCode()).isEqualTo(404);
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void startingWorkOnACaseAnAdminAssignedNeedsTheDeclarationWithTheMove() {
        LegalAidCase assigned = fixtures.assign(fixtures.filedBy("sara").id, LegalAidFixtures.admin("admin-1"),
                COUNSEL);
        Response shown = get(casePage(assigned.id), Language.EN);
        Document page = parse(shown);
        assertThat(page.select("#claim-form")).isEmpty();
        assertThat(page.selectFirst("[data-field=conflictDeclared]").text())
                .isEqualTo("The counsel has not declared yet that they have no conflict of interest.");
        assertThat(page.selectFirst("#move-no-conflict")).isNotNull();

        Response refused = PageForm.of(shown, "#move-form", Language.EN).set("status", "IN_PROGRESS").post();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(parse(refused).selectFirst("#move-no-conflict").hasClass("is-invalid")).isTrue();
        assertThat(fixtures.reload(assigned.id).status).isEqualTo(CaseStatus.ASSIGNED);

        Response started = PageForm.of(shown, "#move-form", Language.EN).set("status", "IN_PROGRESS")
                .set("noConflict", "true").post();
        assertThat(started.statusCode()).isEqualTo(303);
        LegalAidCase working = fixtures.reload(assigned.id);
        assertThat(working.status).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(working.conflictDeclaredBy).isEqualTo(ME);
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void aMessageReachesTheMemberAndANoteStaysWithTheDeskEachFromItsOwnForm() {
        LegalAidCase claimed = fixtures.claim(fixtures.filedBy("sara").id, COUNSEL);
        Response shown = get(casePage(claimed.id), Language.EN);

        Response blank = PageForm.of(shown, "#message-form", Language.EN).set("body", " ").post();
        assertThat(blank.statusCode()).isEqualTo(400);
        Document refused = parse(blank);
        assertThat(refused.selectFirst("#message-body").hasClass("is-invalid")).isTrue();
        assertThat(refused.selectFirst("#note-body").hasClass("is-invalid")).isFalse();

        assertThat(PageForm.of(shown, "#message-form", Language.EN).set("body", "Please send the contract.").post()
                .statusCode()).isEqualTo(303);
        Response noted = PageForm.of(shown, "#note-form", Language.EN).set("body", "Their lawyer is tough.").post();
        assertThat(noted.statusCode()).isEqualTo(303);
        assertThat(noted.header("Location")).endsWith("?done=noted");

        Document page = page(casePage(claimed.id), Language.EN);
        assertThat(page.selectFirst("#timeline [data-kind=MESSAGE] [data-body]").text())
                .isEqualTo("Please send the contract.");
        Element note = page.selectFirst("#timeline [data-kind=INTERNAL_NOTE]");
        assertThat(note.selectFirst("[data-body]").text()).isEqualTo("Their lawyer is tough.");
        assertThat(note.selectFirst("[data-entry-label]").text()).isEqualTo("Internal — not shown to the member");
        assertThat(fixtures.reload(claimed.id).firstRespondedAt).isNotNull();
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminAssignsACaseToACounselKnownToTheDesk() {
        desk.knownCounsel(COUNSEL);
        desk.knownCounsel(OTHER_COUNSEL);
        LegalAidCase filed = fixtures.filedBy("sara");
        Response shown = get(casePage(filed.id), Language.EN);
        Document page = parse(shown);
        assertThat(page.select("#assign-counsel option").eachAttr("value")).containsExactly("", ME, "counsel-2");
        assertThat(page.select("#claim-form")).isEmpty();
        PageForms.assertEveryFieldHasALabel(page);

        Response empty = PageForm.of(shown, "#assign-form", Language.EN).post();
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(parse(empty).selectFirst("#assign-counsel").hasClass("is-invalid")).isTrue();

        Response assigned = PageForm.of(shown, "#assign-form", Language.EN).set("counselSubject", "counsel-2").post();
        assertThat(assigned.statusCode()).isEqualTo(303);
        LegalAidCase now = fixtures.reload(filed.id);
        assertThat(now.status).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(now.assignedCounselSubject).isEqualTo("counsel-2");
        Document after = page(casePage(filed.id) + "?done=assigned", Language.EN);
        assertThat(after.selectFirst("#notice").text()).isEqualTo("The case is assigned.");
        assertThat(after.selectFirst("#assign-counsel option[selected]").attr("value")).isEqualTo("counsel-2");

        Response stale = PageForm.of(shown, "#assign-form", Language.EN).set("counselSubject", ME).post();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(fixtures.reload(filed.id).assignedCounselSubject).isEqualTo("counsel-2");
    }

    @Test
    @TestSecurity(user = ME, roles = "counsel")
    void openingTheDeskMakesACounselKnownForAssignment() {
        page(DESK, Language.FA);
        assertThat(desk.knownCounselSubjects()).containsExactly(ME);
    }
}
