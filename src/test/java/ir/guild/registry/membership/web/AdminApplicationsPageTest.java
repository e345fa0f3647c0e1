package ir.guild.registry.membership.web;

import static ir.guild.registry.membership.web.PageForms.browser;
import static ir.guild.registry.membership.web.PageForms.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.ApplicationStatus;
import ir.guild.registry.membership.Decision;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

@QuarkusTest
class AdminApplicationsPageTest {

    private static final String QUEUE = "/admin/applications";

    @Inject
    MembershipTestData data;

    @Inject
    ApplicationService applications;

    @BeforeEach
    void clean() {
        data.clear();
    }

    private Application applied(String subject, String fullName, String fullNameLatin, String email) {
        return applications.submit(PageForms.applicant(subject), PageForms.application(fullName, fullNameLatin, email),
                Language.FA);
    }

    private Application applied(String subject) {
        return applied(subject, "سارا رضایی", "Sara Rezaei", subject + "@example.org");
    }

    private Application reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> applications.find(id).orElseThrow());
    }

    private static Document page(String path, Language language) {
        return parse(browser(language).when().get(path).then().statusCode(200).extract().response());
    }

    private static List<String> rowIds(Document page) {
        return page.select("#queue tbody tr").eachAttr("data-application-id");
    }

    // --- the queue --------------------------------------------------------------

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void theQueueListsApplicationsOldestFirstEachLinkingToItsPage() {
        Application first = applied("a-1");
        Application second = applied("a-2");
        Application third = applied("a-3");
        Document page = page(QUEUE, Language.FA);
        assertThat(page.selectFirst("h1").text()).isEqualTo("درخواست‌های عضویت");
        assertThat(rowIds(page)).containsExactly(first.id.toString(), second.id.toString(), third.id.toString());
        Element row = page.selectFirst("#queue tbody tr");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo(QUEUE + "/" + first.id);
        assertThat(row.selectFirst("td[data-status]").text()).isEqualTo("در انتظار بررسی");
        assertThat(row.select("td").get(3).text()).isEqualTo("تهران");
        assertThat(row.selectFirst("time").text())
                .isEqualTo(JalaliDates.formatDateTime(first.submittedAt, Language.FA.locale(), GuildClock.ZONE));
        assertThat(page.selectFirst("#queue-total").text()).isEqualTo("۳ درخواست");
        assertThat(page.select("#pagination")).isEmpty();
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void theQueueFiltersByStatus() {
        Application waiting = applied("a-1");
        Application askedForMore = applied("a-2");
        applications.decide(askedForMore.id, new Decision("REQUEST_INFO", "مدرک؟", null, askedForMore.version),
                PageForms.ADMIN, Language.FA);

        Document needsInfo = page(QUEUE + "?status=NEEDS_INFO", Language.EN);
        assertThat(rowIds(needsInfo)).containsExactly(askedForMore.id.toString());
        assertThat(needsInfo.selectFirst("#status option[selected]").attr("value")).isEqualTo("NEEDS_INFO");
        assertThat(needsInfo.selectFirst("#status option[value=NEEDS_INFO]").text())
                .isEqualTo("More information needed");

        assertThat(rowIds(page(QUEUE + "?status=SUBMITTED", Language.EN))).containsExactly(waiting.id.toString());
        assertThat(rowIds(page(QUEUE + "?status=APPROVED", Language.EN))).isEmpty();
        assertThat(page(QUEUE + "?status=APPROVED", Language.EN).selectFirst("#queue-empty").text())
                .isEqualTo("No applications match.");
        assertThat(rowIds(page(QUEUE + "?status=", Language.EN))).hasSize(2);
        browser(Language.EN).when().get(QUEUE + "?status=SOMETHING").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void theQueueSearchesByNameNationalIdOrEmail() {
        Application sara = applied("a-1", "سارا رضایی", "Sara Rezaei", "sara@example.org");
        Application ali = applied("a-2", "علی کریمی", "Ali Karimi", "ali.karimi@example.org");

        assertThat(rowIds(page(QUEUE + "?q=کریمی", Language.FA))).containsExactly(ali.id.toString());
        // Arabic letters typed by the admin find the Persian spelling.
        assertThat(rowIds(page(QUEUE + "?q=علي", Language.FA))).containsExactly(ali.id.toString());
        assertThat(rowIds(page(QUEUE + "?q=rezaei", Language.FA))).containsExactly(sara.id.toString());
        assertThat(rowIds(page(QUEUE + "?q=" + sara.nationalId, Language.FA))).containsExactly(sara.id.toString());
        StringBuilder persianDigits = new StringBuilder();
        for (char c : ali.nationalId.toCharArray()) {
            persianDigits.append((char) ('۰' + (c - '0')));
        }
        assertThat(rowIds(page(QUEUE + "?q=" + persianDigits, Language.FA))).containsExactly(ali.id.toString());
        assertThat(rowIds(page(QUEUE + "?q=ALI.KARIMI@example.org", Language.FA)))
                .containsExactly(ali.id.toString());
        Document nothing = page(QUEUE + "?q=nobody", Language.FA);
        assertThat(rowIds(nothing)).isEmpty();
        assertThat(nothing.selectFirst("#q").attr("value")).isEqualTo("nobody");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void theQueueIsPaginatedKeepingTheFilter() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(applied("p-" + i).id.toString());
        }
        Document first = page(QUEUE + "?status=SUBMITTED", Language.FA);
        assertThat(rowIds(first)).containsExactlyElementsOf(ids.subList(0, 20));
        assertThat(first.selectFirst("#queue-total").text()).isEqualTo("۲۵ درخواست");
        assertThat(first.select("#pagination a.page-link").eachText()).containsExactly("۱", "۲", "بعدی");
        assertThat(first.selectFirst("#pagination [aria-current=page]").text()).isEqualTo("۱");
        String next = first.selectFirst("#pagination a[rel=next]").attr("href");
        assertThat(next).isEqualTo(QUEUE + "?page=2&status=SUBMITTED");

        Document second = page(next, Language.FA);
        assertThat(rowIds(second)).containsExactlyElementsOf(ids.subList(20, 25));
        assertThat(second.selectFirst("#pagination a[rel=prev]").attr("href"))
                .isEqualTo(QUEUE + "?page=1&status=SUBMITTED");
        assertThat(second.select("#pagination a[rel=next]")).isEmpty();

        assertThat(rowIds(page(QUEUE + "?page=3", Language.FA))).isEmpty();
    }

    // --- one application --------------------------------------------------------

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void theApplicationsPageShowsEverythingSubmittedAndItsHistory() {
        Application application = applied("a-1");
        applications.decide(application.id, new Decision("REQUEST_INFO", "نشانی نمونه‌کار را کامل کنید.", null,
                application.version), PageForms.ADMIN, Language.FA);

        Document page = page(QUEUE + "/" + application.id, Language.FA);
        assertThat(page.selectFirst("h1").text()).contains("سارا رضایی");
        assertThat(field(page, "nationalId")).isEqualTo(application.nationalId);
        assertThat(field(page, "birthDate")).isEqualTo(JalaliDates.formatDate(application.birthDate,
                Language.FA.locale()));
        assertThat(field(page, "province")).isEqualTo("تهران");
        assertThat(field(page, "educationLevel")).isEqualTo("کارشناسی");
        assertThat(field(page, "employmentStatus")).isEqualTo("کارمند تمام‌وقت");
        assertThat(page.select("[data-field=specialties] li").eachText())
                .containsExactlyInAnyOrder("برنامه‌نویسی سمت سرور", "دواپس و زیرساخت");
        assertThat(field(page, "consents.terms")).isEqualTo("بله");
        assertThat(field(page, "decisionReason")).isEqualTo("نشانی نمونه‌کار را کامل کنید.");
        assertThat(page.selectFirst("[data-field=portfolioUrl] a").attr("href")).isEqualTo("https://github.com/sara");

        assertThat(page.select("#history tbody tr").eachAttr("data-action"))
                .containsExactly("application.submit", "application.request-info");
        Element requestInfo = page.select("#history tbody tr").get(1);
        assertThat(requestInfo.text()).contains("demo-admin").contains("مدیر صنف").contains("درخواست اطلاعات بیشتر");
        assertThat(requestInfo.selectFirst("time").text()).matches(".*[۰-۹]{4}.*");

        // From NEEDS_INFO only rejecting is possible until the applicant resubmits.
        assertThat(page.select("#reject-form")).hasSize(1);
        assertThat(page.select("#approve-form, #info-form")).isEmpty();
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void theApplicationsPageIsInEnglishOnEnglishPages() {
        Application application = applied("a-1");
        Document page = page(QUEUE + "/" + application.id, Language.EN);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(field(page, "province")).isEqualTo("Tehran");
        assertThat(field(page, "birthDate")).isEqualTo(JalaliDates.formatDate(application.birthDate, Locale.ENGLISH));
        assertThat(page.selectFirst("#history tbody tr").text()).contains("Application submitted");
        assertThat(page.select("#approve-grade option").eachText()).containsExactly("Associate", "Member", "Senior");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminApprovesWithAGradeThroughTheForm() {
        Application application = applied("a-1");
        Response page = browser(Language.FA).when().get(QUEUE + "/" + application.id);
        PageForm approve = PageForm.of(page, "#approve-form", Language.FA);
        assertThat(approve.values().get("version")).containsExactly(Integer.toString(application.version));
        assertThat(approve.values().get("grade")).containsExactly("ASSOCIATE");

        approve.set("grade", "SENIOR").post(QUEUE + "/" + application.id + "/decision")
                .then().statusCode(303).header("Location", endsWith(QUEUE + "/" + application.id));

        assertThat(reload(application.id).status).isEqualTo(ApplicationStatus.APPROVED);
        Member member = QuarkusTransaction.requiringNew()
                .call(() -> Member.byApplication(application.id).orElseThrow());
        assertThat(member.grade).isEqualTo(Grade.SENIOR);

        Document after = page(QUEUE + "/" + application.id, Language.FA);
        assertThat(after.selectFirst("#application-status").text()).isEqualTo("تأییدشده");
        assertThat(field(after, "membershipNumber")).isEqualTo(member.membershipNumber);
        assertThat(after.select("#approve-form, #reject-form, #info-form")).isEmpty();
        assertThat(after.selectFirst("#no-decision")).isNotNull();
        assertThat(PageForms.auditActions(application.id)).containsExactly("application.submit",
                "application.approve");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void rejectingNeedsAReasonShownBesideTheReasonField() {
        Application application = applied("a-1");
        Response page = browser(Language.FA).when().get(QUEUE + "/" + application.id);
        PageForm reject = PageForm.of(page, "#reject-form", Language.FA);
        long auditBefore = PageForms.auditEntries();

        Response refused = reject.set("reason", "   ").post(QUEUE + "/" + application.id + "/decision");
        refused.then().statusCode(400);
        Document refusedPage = parse(refused);
        assertThat(refusedPage.selectFirst("#reject-reason-error").text()).isEqualTo("این مورد الزامی است.");
        assertThat(refusedPage.selectFirst("#reject-reason").hasClass("is-invalid")).isTrue();
        assertThat(refusedPage.selectFirst("#reject-reason").attr("aria-describedby")).isEqualTo("reject-reason-error");
        assertThat(refusedPage.select("#info-reason-error")).isEmpty();
        assertThat(refusedPage.selectFirst("form[action=/lang] input[name=return]").attr("value"))
                .isEqualTo(QUEUE + "/" + application.id);
        assertThat(refusedPage.selectFirst("#info-reason").hasClass("is-invalid")).isFalse();
        assertThat(reload(application.id).status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(PageForms.auditEntries()).isEqualTo(auditBefore);

        reject.set("reason", "سابقه کار کافی نیست.").post(QUEUE + "/" + application.id + "/decision")
                .then().statusCode(303);
        Application rejected = reload(application.id);
        assertThat(rejected.status).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.decisionReason).isEqualTo("سابقه کار کافی نیست.");
        assertThat(rejected.decidedBy).isEqualTo("admin-1");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void askingForMoreInformationNeedsAReasonInThePagesLanguage() {
        Application application = applied("a-1");
        Response page = browser(Language.EN).when().get(QUEUE + "/" + application.id);
        PageForm info = PageForm.of(page, "#info-form", Language.EN);

        Response refused = info.set("reason", "").post(QUEUE + "/" + application.id + "/decision");
        refused.then().statusCode(400);
        assertThat(parse(refused).selectFirst("#info-reason-error").text()).isEqualTo("This field is required.");

        info.set("reason", "Please add your portfolio.").post(QUEUE + "/" + application.id + "/decision")
                .then().statusCode(303);
        Application asked = reload(application.id);
        assertThat(asked.status).isEqualTo(ApplicationStatus.NEEDS_INFO);
        assertThat(asked.decisionReason).isEqualTo("Please add your portfolio.");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void aDecisionOnAStaleVersionShowsThatSomeoneElseChangedItAndChangesNothing() {
        Application application = applied("a-1");
        Response page = browser(Language.FA).when().get(QUEUE + "/" + application.id);
        PageForm approve = PageForm.of(page, "#approve-form", Language.FA);
        PageForm reject = PageForm.of(page, "#reject-form", Language.FA);

        // Another admin asks for more information first.
        applications.decide(application.id, new Decision("REQUEST_INFO", "مدرک؟", null, application.version),
                PageForms.ADMIN, Language.FA);
        long auditBefore = PageForms.auditEntries();

        Response stale = approve.post(QUEUE + "/" + application.id + "/decision");
        stale.then().statusCode(409);
        Document stalePage = parse(stale);
        assertThat(stalePage.selectFirst("#stale-alert").text()).contains("کس دیگری این درخواست را تغییر داده است");
        assertThat(stalePage.selectFirst("#application-status").attr("data-status")).isEqualTo("NEEDS_INFO");
        assertThat(stalePage.selectFirst("#reject-form input[name=version]").attr("value"))
                .isEqualTo(Integer.toString(reload(application.id).version));

        reject.set("reason", "دیر است.").post(QUEUE + "/" + application.id + "/decision").then().statusCode(409);

        Application unchanged = reload(application.id);
        assertThat(unchanged.status).isEqualTo(ApplicationStatus.NEEDS_INFO);
        assertThat(unchanged.decisionReason).isEqualTo("مدرک؟");
        assertThat(data.members()).isZero();
        assertThat(PageForms.auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void aDecisionFormWithoutItsCsrfTokenIsRefused() {
        Application application = applied("a-1");
        Response page = browser(Language.FA).when().get(QUEUE + "/" + application.id);
        PageForm.of(page, "#approve-form", Language.FA).withoutCsrfToken()
                .post(QUEUE + "/" + application.id + "/decision").then().statusCode(400);
        browser(Language.FA).cookies(page.getCookies()).contentType("application/json")
                .body("{\"decision\":\"APPROVE\",\"version\":0}")
                .when().post(QUEUE + "/" + application.id + "/decision").then().statusCode(415);
        assertThat(reload(application.id).status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(data.members()).isZero();
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anUnknownApplicationIs404() {
        Application application = applied("a-1");
        browser(Language.FA).when().get(QUEUE + "/999999").then().statusCode(404);
        Response page = browser(Language.FA).when().get(QUEUE + "/" + application.id);
        PageForm.of(page, "#approve-form", Language.FA).post(QUEUE + "/999999/decision").then().statusCode(404);
        assertThat(data.members()).isZero();
    }

    // --- who may ----------------------------------------------------------------

    private void refusedToEveryoneButAdmins() {
        Application application = applied("a-1");
        browser(Language.FA).when().get(QUEUE).then().statusCode(403);
        browser(Language.FA).when().get(QUEUE + "/" + application.id).then().statusCode(403);
        Response home = browser(Language.FA).when().get("/");
        PageForm.of(home, "form[action=/lang]", Language.FA)
                .set("decision", "APPROVE").set("version", Integer.toString(application.version))
                .post(QUEUE + "/" + application.id + "/decision").then().statusCode(403);
        assertThat(reload(application.id).status).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    @TestSecurity(user = "member-1", roles = "member")
    void membersAreRefused() {
        refusedToEveryoneButAdmins();
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = { "assessor", "member" })
    void assessorsAreRefused() {
        refusedToEveryoneButAdmins();
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = { "counsel", "member" })
    void counselAreRefused() {
        refusedToEveryoneButAdmins();
    }

    @Test
    @TestSecurity(user = "partner-1", roles = "partner")
    void partnerFirmsAreRefused() {
        refusedToEveryoneButAdmins();
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void applicantsAreRefused() {
        refusedToEveryoneButAdmins();
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        Application application = applied("a-1");
        browser(Language.FA).when().get(QUEUE).then().statusCode(401);
        browser(Language.FA).when().get(QUEUE + "/" + application.id).then().statusCode(401);
        browser(Language.FA).formParam("decision", "APPROVE").formParam("version", "0")
                .when().post(QUEUE + "/" + application.id + "/decision").then().statusCode(401);
        assertThat(reload(application.id).status).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    private static String field(Document page, String name) {
        return page.selectFirst("[data-field=\"" + name + "\"]").text();
    }
}
