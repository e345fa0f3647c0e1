package ir.guild.registry.legalaid.web;

import static ir.guild.registry.common.SampleFiles.HTML;
import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.common.SampleFiles.PNG;
import static ir.guild.registry.common.SampleFiles.WEBP;
import static ir.guild.registry.legalaid.web.LegalAidPages.casePath;
import static ir.guild.registry.legalaid.web.LegalAidPages.documentPath;
import static ir.guild.registry.membership.web.PageForms.assertEveryFieldHasALabel;
import static ir.guild.registry.membership.web.PageForms.browser;
import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.membership.web.PageForms.page;
import static ir.guild.registry.membership.web.PageForms.parseValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.legalaid.CaseEntry;
import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.EntryKind;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/** One of the member's cases: its header, timeline and documents, and writing, adding documents and withdrawing. */
@QuarkusTest
class MyLegalAidCasePageTest {

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    LegalAidService cases;

    @BeforeEach
    void clean() {
        fixtures.clear();
    }

    private LegalAidCase filedBy(String subject) {
        return fixtures.filedBy(fixtures.member(subject));
    }

    /** The timeline as the case's member is given it. */
    private List<CaseEntry> timeline(long id) {
        LegalAidCase legalCase = fixtures.reload(id);
        return cases.timeline(legalCase, new CurrentPerson(legalCase.accountSubject, legalCase.accountSubject,
                legalCase.memberName, null, Set.of(Role.MEMBER)));
    }

    @Test
    @TestSecurity(user = "member-1", roles = "member")
    void theCaseIsShownInPersianWithTheAmountInPersianDigitsTheCounselAndTheTimelineOldestFirst() {
        Member member = fixtures.member("member-1");
        LegalAidCase filed = fixtures.filedBy(member);
        CurrentPerson counsel = LegalAidFixtures.counsel("counsel-1");
        fixtures.claim(filed.id, counsel);
        cases.message(filed.id, counsel, "Please send the contract.", Language.EN);
        cases.message(filed.id, LegalAidFixtures.person(member), "Attached below.", Language.EN);
        long documentId = cases.attach(filed.id, LegalAidFixtures.person(member), "contract.pdf", PDF, Language.EN).id;
        LegalAidCase now = fixtures.reload(filed.id);

        Document page = page(casePath(filed.id), Language.FA);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo("پرونده " + filed.caseNumber);
        assertThat(page.selectFirst("#case-subject").text()).isEqualTo(filed.subject);
        assertThat(page.selectFirst("#case-status").attr("data-status")).isEqualTo("ASSIGNED");
        assertThat(page.selectFirst("#case-status").text()).isEqualTo("به مشاور سپرده شد");
        assertThat(page.selectFirst("[data-field=category]").text()).isEqualTo("دستمزد معوق");
        assertThat(page.selectFirst("[data-field=counterparty]").text()).isEqualTo("Fanavaran Co. (شرکت یا سازمان)");
        assertThat(page.selectFirst("[data-field=amount]").text()).isEqualTo("۲۵۰٬۰۰۰٬۰۰۰ ریال");
        assertThat(page.selectFirst("[data-field=urgency]").text()).isEqualTo("زیاد");
        assertThat(page.selectFirst("[data-field=contact]").text()).isEqualTo("رایانامه");
        assertThat(page.selectFirst("[data-field=counsel]").text()).isEqualTo("Counsel counsel-1");
        assertThat(page.selectFirst("[data-field=filed]").text()).isEqualTo(JalaliDates.formatDateTime(
                filed.createdAt, Locale.forLanguageTag("fa"), GuildClock.ZONE)).doesNotContainPattern("[0-9]");
        assertThat(page.selectFirst("#description-text").wholeText()).isEqualTo(filed.description);

        List<Element> lines = page.select("#timeline-entries > li");
        assertThat(lines).extracting(line -> line.attr("data-kind")).containsExactly("STATUS_CHANGE",
                "STATUS_CHANGE", "STATUS_CHANGE", "MESSAGE", "MESSAGE");
        assertThat(lines.get(0).selectFirst("[data-field=author]").text()).isEqualTo("شما");
        assertThat(lines.get(0).selectFirst("[data-field=status]").text()).isEqualTo("پرونده ثبت شد.");
        assertThat(lines.get(2).selectFirst("[data-field=author]").text()).isEqualTo("مشاور حقوقی");
        assertThat(lines.get(2).selectFirst("[data-field=status]").text()).isEqualTo("وضعیت پرونده: به مشاور سپرده شد");
        assertThat(lines.get(3).selectFirst("[data-field=body]").text()).isEqualTo("Please send the contract.");
        assertThat(lines.get(4).selectFirst("[data-field=author]").text()).isEqualTo("شما");
        assertThat(lines.get(4).selectFirst("[data-field=at]").text()).doesNotContainPattern("[0-9]");

        assertThat(page.selectFirst("#document-list a").attr("href")).isEqualTo(documentPath(filed.id, documentId));
        assertThat(page.selectFirst("#document-list a").text()).isEqualTo("contract.pdf");
        assertThat(page.selectFirst("#reply-form").attr("action")).isEqualTo(casePath(filed.id) + "/messages");
        assertThat(page.selectFirst("#reply-form input[name=csrf-token]")).isNotNull();
        assertThat(page.selectFirst("#documents-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.selectFirst("#documents-form input[name=csrf-token]")).isNotNull();
        assertThat(page.selectFirst("#more-documents").hasAttr("required")).isTrue();
        assertThat(page.selectFirst("#withdraw-form input[name=version]").attr("value"))
                .isEqualTo(Integer.toString(now.version));
        assertThat(page.selectFirst("#withdraw-hint").text()).contains("بازگشت ندارد");
        assertThat(page.select("#decline, #case-closed")).isEmpty();
        assertEveryFieldHasALabel(page);
    }

    @Test
    @TestSecurity(user = "member-2", roles = "member")
    void inEnglishTheAmountHasCommasTheAuthorsAreNamedByRoleAndDatesAreGregorian() {
        LegalAidCase filed = filedBy("member-2");
        cases.message(filed.id, LegalAidFixtures.admin("admin-2"), "The desk has your case.", Language.EN);

        Document page = page(casePath(filed.id), Language.EN);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Case " + filed.caseNumber);
        assertThat(page.selectFirst("#case-status").text()).isEqualTo("Filed, awaiting review");
        assertThat(page.selectFirst("[data-field=amount]").text()).isEqualTo("250,000,000 Rials");
        assertThat(page.selectFirst("[data-field=counsel]").text()).isEqualTo("No counsel has taken the case yet.");
        assertThat(page.select("#timeline-entries [data-field=author]").eachText()).containsExactly("You",
                "Guild admin");
        assertThat(page.selectFirst("#timeline-entries [data-field=at]").text())
                .isEqualTo(JalaliDates.formatDateTime(filed.createdAt, Locale.ENGLISH, GuildClock.ZONE));
        assertThat(page.selectFirst("#documents-empty").text()).isEqualTo("No document is attached.");
    }

    @Test
    @TestSecurity(user = "member-3", roles = "member")
    void theMemberWritesToTheDeskAndSeesTheirMessageOnTheTimeline() {
        LegalAidCase filed = filedBy("member-3");
        Response sent = PageForm.of(get(casePath(filed.id), Language.FA), "#reply-form", Language.FA)
                .set("body", "قرارداد را فردا می‌فرستم.").post();
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith(casePath(filed.id) + "?done=replied");
        assertThat(timeline(filed.id)).extracting(entry -> entry.kind, entry -> entry.body)
                .last().isEqualTo(tuple(EntryKind.MESSAGE, "قرارداد را فردا می‌فرستم."));

        Document page = page(casePath(filed.id) + "?done=replied", Language.FA);
        assertThat(page.selectFirst("#notice").text()).isEqualTo("پیام شما برای میز معاضدت فرستاده شد.");
        Element last = page.select("#timeline-entries > li").last();
        assertThat(last.attr("data-author")).isEqualTo("member");
        assertThat(last.selectFirst("[data-field=body]").text()).isEqualTo("قرارداد را فردا می‌فرستم.");
    }

    @Test
    @TestSecurity(user = "member-4", roles = "member")
    void aBlankMessageIsRefusedNextToItsFieldAndWritesNothing() {
        LegalAidCase filed = filedBy("member-4");
        int before = timeline(filed.id).size();
        Response refused = PageForm.of(get(casePath(filed.id), Language.EN), "#reply-form", Language.EN)
                .set("body", "   ").post();
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = parseValid(refused);
        assertThat(page.selectFirst("#message").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#message-error[data-field=body]").text()).isNotBlank();
        assertThat(page.selectFirst("#message").attr("aria-describedby")).contains("message-error");
        assertThat(timeline(filed.id)).hasSize(before);
    }

    @Test
    @TestSecurity(user = "member-5", roles = "member")
    void theMemberAddsDocumentsAndDownloadsThemWithTheirSession() {
        LegalAidCase filed = filedBy("member-5");
        Response added = PageForm.of(get(casePath(filed.id), Language.FA), "#documents-form", Language.FA)
                .file("فیش حقوقی.png", PNG, "image/png").file("chat.webp", WEBP, "image/webp").post();
        assertThat(added.statusCode()).as(added.asString()).isEqualTo(303);
        assertThat(added.header("Location")).endsWith(casePath(filed.id) + "?done=documents");
        assertThat(cases.documents(filed)).hasSize(2);

        Document page = page(casePath(filed.id) + "?done=documents", Language.FA);
        assertThat(page.selectFirst("#notice").attr("data-notice")).isEqualTo("documents");
        assertThat(page.select("#document-list a").eachText()).containsExactly("فیش حقوقی.png", "chat.webp");
        String href = page.selectFirst("#document-list a").attr("href");
        Response file = browser(Language.FA).when().get(href);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.header("Cache-Control")).contains("no-store");
        assertThat(file.asByteArray()).isEqualTo(PNG);
        assertThat(get(documentPath(filed.id, 999_999), Language.FA).statusCode()).isEqualTo(404);
    }

    @Test
    @TestSecurity(user = "member-6", roles = "member")
    void onRefusedDocumentNoneOfTheDocumentsSentIsAdded() {
        LegalAidCase filed = filedBy("member-6");
        Response refused = PageForm.of(get(casePath(filed.id), Language.EN), "#documents-form", Language.EN)
                .file("good.pdf", PDF, "application/pdf").file("evil.pdf", HTML, "application/pdf").post();
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = parseValid(refused);
        assertThat(page.selectFirst("#more-documents").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#more-documents-error[data-field=files]").text()).startsWith("evil.pdf: ")
                .doesNotContain("good.pdf");
        assertThat(cases.documents(filed)).isEmpty();
    }

    @Test
    @TestSecurity(user = "member-7", roles = "member")
    void withdrawingAsksForConfirmationRefusesAStaleVersionAndThenClosesTheCase() {
        Member member = fixtures.member("member-7");
        LegalAidCase filed = fixtures.filedBy(member);
        PageForm withdraw = PageForm.of(get(casePath(filed.id), Language.FA), "#withdraw-form", Language.FA);

        Response unconfirmed = withdraw.post();
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        Document asked = parseValid(unconfirmed);
        assertThat(asked.selectFirst("#confirm-error[data-field=confirm]").text())
                .isEqualTo("برای پس گرفتن پرونده، این را تأیید کنید.");
        assertThat(asked.selectFirst("#confirm").hasClass("is-invalid")).isTrue();
        assertThat(fixtures.reload(filed.id).status).isEqualTo(CaseStatus.SUBMITTED);

        // The desk triaged the case after the page was shown: the version it carries is stale.
        fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-7"), CaseStatus.TRIAGED, null);
        Response stale = withdraw.set("confirm", "yes").post();
        assertThat(stale.statusCode()).isEqualTo(409);
        Document stalePage = parseValid(stale);
        assertThat(stalePage.selectFirst("#stale-alert").text()).contains("تغییر کرده بود");
        assertThat(stalePage.selectFirst("#case-status").attr("data-status")).isEqualTo("TRIAGED");
        assertThat(fixtures.reload(filed.id).status).isEqualTo(CaseStatus.TRIAGED);

        Response done = PageForm.of(get(casePath(filed.id), Language.FA), "#withdraw-form", Language.FA)
                .set("confirm", "yes").post();
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith(casePath(filed.id) + "?done=withdrawn");
        assertThat(fixtures.reload(filed.id).status).isEqualTo(CaseStatus.WITHDRAWN);
        Document page = page(casePath(filed.id) + "?done=withdrawn", Language.FA);
        assertThat(page.selectFirst("#notice").text()).isEqualTo("پرونده را پس گرفتید.");
        assertThat(page.selectFirst("#case-status").text()).isEqualTo("پس گرفته شد");
        assertThat(page.selectFirst("#case-closed")).isNotNull();
        assertThat(page.select("#withdraw-form, #reply-form, #documents-form")).isEmpty();
    }

    @Test
    @TestSecurity(user = "member-8", roles = "member")
    void aMessageToACaseClosedMeanwhileIsRefusedAndTheCaseShownAsItIsNow() {
        LegalAidCase filed = filedBy("member-8");
        PageForm reply = PageForm.of(get(casePath(filed.id), Language.EN), "#reply-form", Language.EN)
                .set("body", "One more thing.");
        fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-8"), CaseStatus.DECLINED, "Outside our remit.");
        Response refused = reply.post();
        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = parseValid(refused);
        assertThat(page.selectFirst("#stale-alert")).isNotNull();
        assertThat(page.select("#reply-form")).isEmpty();
        assertThat(timeline(filed.id)).noneMatch(entry -> "One more thing.".equals(entry.body));
    }

    @Test
    @TestSecurity(user = "member-9", roles = "member")
    void aDeclinedCaseShowsTheReasonTheMemberWasGiven() {
        LegalAidCase filed = filedBy("member-9");
        fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-9"), CaseStatus.DECLINED,
                "This is a tax matter; ask a tax adviser.");
        Document fa = page(casePath(filed.id), Language.FA);
        assertThat(fa.selectFirst("#decline-title").text()).isEqualTo("دلیل نپذیرفتن پرونده");
        assertThat(fa.selectFirst("#decline-reason").text()).isEqualTo("This is a tax matter; ask a tax adviser.");
        assertThat(fa.select("#withdraw-form, #reply-form")).isEmpty();
        Document en = page(casePath(filed.id), Language.EN);
        assertThat(en.selectFirst("#decline-title").text()).isEqualTo("Why the case was declined");
        assertThat(en.selectFirst("#case-status").text()).isEqualTo("Declined");
    }
}
