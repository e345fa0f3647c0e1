package ir.guild.registry.legalaid.web;

import static ir.guild.registry.common.SampleFiles.HTML;
import static ir.guild.registry.common.SampleFiles.JPEG;
import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.legalaid.web.LegalAidPages.MINE;
import static ir.guild.registry.legalaid.web.LegalAidPages.NEW;
import static ir.guild.registry.legalaid.web.LegalAidPages.casePath;
import static ir.guild.registry.legalaid.web.LegalAidPages.idFromLocation;
import static ir.guild.registry.membership.web.PageForms.assertEveryFieldHasALabel;
import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.membership.web.PageForms.page;
import static ir.guild.registry.membership.web.PageForms.parseValid;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
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

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.CounterpartyType;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidDocument;
import ir.guild.registry.legalaid.LegalAidFixtures;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.legalaid.PreferredContact;
import ir.guild.registry.legalaid.Urgency;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.MemberService;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.reference.LegalAidCategory;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/** The member's list of legal-aid cases and the form to file one, with its documents. */
@QuarkusTest
class MyLegalAidPageTest {

    private static final Locale FA = Locale.forLanguageTag("fa");

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    LegalAidService cases;

    @Inject
    MemberService memberService;

    @BeforeEach
    void clean() {
        fixtures.clear();
    }

    private static LocalDate day(LegalAidCase legalCase) {
        return LocalDate.ofInstant(legalCase.createdAt, GuildClock.ZONE);
    }

    private PageForm filledForm(Language language) {
        return PageForm.of(get(NEW, language), "#case-form", language)
                .set("category", "CONTRACT_DISPUTE")
                .set("subject", "قرارداد بدون تسویه")
                .set("description", "شرکت پس از پایان پروژه تسویه نکرد.\n\nقرارداد و فیش‌ها پیوست است.")
                .set("counterpartyName", "شرکت فناوران")
                .set("counterpartyType", "COMPANY")
                .set("amountInDispute", "۲۵۰٬۰۰۰٬۰۰۰")
                .set("urgency", "HIGH")
                .set("preferredContact", "PHONE");
    }

    // --- the list ---------------------------------------------------------------------

    @Test
    @TestSecurity(user = "member-1", roles = "member")
    void theListShowsEachCaseInPersianWithJalaliDatesStatusWordsAndTheDesksLastReply() {
        Member member = fixtures.member("member-1");
        CurrentPerson me = LegalAidFixtures.person(member);
        LegalAidCase answered = fixtures.filedBy(member);
        LegalAidCase waiting = fixtures.filedBy(member);
        CurrentPerson counsel = LegalAidFixtures.counsel("counsel-1");
        fixtures.claim(answered.id, counsel);
        cases.message(answered.id, counsel, "We have your case.", Language.EN);
        // The member's own words are no reply from the desk.
        cases.message(waiting.id, me, "Any news?", Language.EN);

        Document page = page(MINE, Language.FA);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo("معاضدت حقوقی من");
        assertThat(page.selectFirst("#new-case-link").attr("href")).isEqualTo(NEW);
        assertThat(page.select("#case-blocked")).isEmpty();
        assertThat(page.select("#case-list tbody tr").eachAttr("data-case-id"))
                .containsExactly(waiting.id.toString(), answered.id.toString());

        Element row = page.selectFirst("#case-list tr[data-case-id=" + answered.id + "]");
        assertThat(row.selectFirst("[data-field=number] a").attr("href")).isEqualTo(casePath(answered.id));
        assertThat(row.selectFirst("[data-field=number]").text()).isEqualTo(answered.caseNumber);
        assertThat(row.selectFirst("[data-field=subject]").text()).isEqualTo(answered.subject);
        assertThat(row.selectFirst("[data-field=category]").text()).isEqualTo(LegalAidCategory.UNPAID_WAGES.fa());
        Element status = row.selectFirst("[data-field=status] .badge");
        assertThat(status.attr("data-status")).isEqualTo("ASSIGNED");
        assertThat(status.text()).isEqualTo("به مشاور سپرده شد");
        assertThat(row.selectFirst("[data-field=filed]").text())
                .isEqualTo(JalaliDates.formatDate(day(answered), FA)).doesNotContainPattern("[0-9]");
        assertThat(row.selectFirst("[data-field=lastReply] time")).isNotNull();
        assertThat(row.selectFirst("[data-field=lastReply]").text()).doesNotContainPattern("[0-9]");

        Element other = page.selectFirst("#case-list tr[data-case-id=" + waiting.id + "]");
        assertThat(other.selectFirst("[data-field=status]").text()).isEqualTo("ثبت شده، در انتظار بررسی");
        assertThat(other.selectFirst("[data-field=lastReply]").text()).isEqualTo("هنوز پاسخی نیامده");
        assertThat(other.select("[data-field=lastReply] time")).isEmpty();
    }

    @Test
    @TestSecurity(user = "member-2", roles = "member")
    void theListInEnglishHasEnglishWordsAndGregorianDates() {
        Member member = fixtures.member("member-2");
        LegalAidCase filed = fixtures.filedBy(member);
        fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-2"), CaseStatus.DECLINED, "Not a labour matter.");

        Document page = page(MINE, Language.EN);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("My legal aid");
        Element row = page.selectFirst("#case-list tbody tr");
        assertThat(row.selectFirst("[data-field=category]").text()).isEqualTo("Unpaid wages");
        assertThat(row.selectFirst("[data-field=status]").text()).isEqualTo("Declined");
        assertThat(row.selectFirst("[data-field=status] .badge").hasClass("text-bg-danger")).isTrue();
        assertThat(row.selectFirst("[data-field=filed]").text())
                .isEqualTo(JalaliDates.formatDate(day(filed), Locale.ENGLISH)).containsPattern("[0-9]{4}");
        // Declining is the desk's answer.
        assertThat(row.selectFirst("[data-field=lastReply]").text()).isEqualTo(JalaliDates.formatDate(
                LocalDate.ofInstant(fixtures.reload(filed.id).updatedAt, GuildClock.ZONE), Locale.ENGLISH));
    }

    @Test
    @TestSecurity(user = "member-3", roles = "member")
    void aMemberWithoutCasesIsToldSoAndOfferedTheForm() {
        fixtures.member("member-3");
        Document page = page(MINE, Language.FA);
        assertThat(page.selectFirst("#cases-empty").text()).isEqualTo("هنوز پرونده‌ای ثبت نکرده‌اید.");
        assertThat(page.select("#case-list")).isEmpty();
        assertThat(page.selectFirst("#new-case-link")).isNotNull();
        assertThat(page("/me", Language.FA).selectFirst("#legal-aid-link").attr("href")).isEqualTo(MINE);
        assertThat(page("/me", Language.EN).selectFirst("#legal-aid-link").text()).isEqualTo("My legal aid");
    }

    @Test
    @TestSecurity(user = "applicant-4")
    void someoneWhoIsNotAMemberIsToldWhyAndGetsNoForm() {
        Document page = page(MINE, Language.FA);
        assertThat(page.selectFirst("#case-blocked").attr("data-blocked")).isEqualTo("NOT_MEMBER");
        assertThat(page.selectFirst("#case-blocked").text()).contains("ویژه اعضای صنف");
        assertThat(page.selectFirst("#case-blocked a").attr("href")).isEqualTo("/apply");
        assertThat(page.select("#new-case-link")).isEmpty();

        Document form = page(NEW, Language.EN);
        assertThat(form.selectFirst("#case-blocked").text()).contains("legal aid is for members of the guild");
        assertThat(form.select("form#case-form")).isEmpty();
    }

    @Test
    @TestSecurity(user = "suspended-5", roles = "member")
    void aSuspendedMemberStillSeesTheirCasesButMayFileNoNewOne() {
        Member member = fixtures.member("suspended-5");
        LegalAidCase earlier = fixtures.filedBy(member);
        memberService.suspend(member.membershipNumber, "Unpaid dues", null, MemberFixtures.ADMIN, Language.EN);

        Document page = page(MINE, Language.FA);
        assertThat(page.selectFirst("#case-blocked").attr("data-blocked")).isEqualTo("SUSPENDED");
        assertThat(page.selectFirst("#case-blocked").text()).contains("معلق است");
        assertThat(page.select("#new-case-link")).isEmpty();
        assertThat(page.select("#case-list tbody tr").eachAttr("data-case-id")).containsExactly(earlier.id.toString());
        assertThat(page(NEW, Language.FA).select("form#case-form")).isEmpty();
    }

    @Test
    @TestSecurity(user = "expired-6", roles = "member")
    void anExpiredMemberWhoPostsTheFormAnywayIsToldWhyAndNothingIsWritten() {
        Member member = fixtures.member("expired-6");
        PageForm form = filledForm(Language.EN).file("contract.pdf", PDF, "application/pdf");
        members.validUntil(member.membershipNumber, MemberFixtures.today().minusDays(1));
        long auditBefore = members.lastAuditId();

        Response refused = form.post();
        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = parseValid(refused);
        assertThat(page.selectFirst("#case-blocked").attr("data-blocked")).isEqualTo("EXPIRED");
        assertThat(page.selectFirst("#case-blocked").text()).contains("Your membership has expired");
        assertThat(page.select("form#case-form")).isEmpty();
        assertThat(fixtures.caseCount()).isZero();
        assertThat(members.auditAfter(auditBefore)).isEmpty();
    }

    // --- the form -----------------------------------------------------------------------

    @Test
    @TestSecurity(user = "member-7", roles = "member")
    void theFormIsAPersianMultipartUploadWithEveryFieldLabelledAndTheCategoriesOfTheReference() {
        fixtures.member("member-7");
        Document page = page(NEW, Language.FA);
        Element form = page.selectFirst("form#case-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo(NEW);
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.selectFirst("input[name=csrf-token]").attr("value")).isNotBlank();
        assertThat(form.select("#category option").eachAttr("value")).containsExactly("", "UNPAID_WAGES",
                "CONTRACT_DISPUTE", "INTELLECTUAL_PROPERTY", "WRONGFUL_DISMISSAL", "WORKPLACE_HARASSMENT", "OTHER");
        assertThat(form.select("#category option").eachText()).contains(LegalAidCategory.WORKPLACE_HARASSMENT.fa());
        assertThat(form.selectFirst("textarea#description").attr("name")).isEqualTo("description");
        assertThat(form.select("input[type=radio][name=counterpartyType]").eachAttr("value"))
                .containsExactly("COMPANY", "PERSON");
        assertThat(form.select("input[type=radio][name=preferredContact]").eachAttr("value"))
                .containsExactly("EMAIL", "PHONE");
        assertThat(form.selectFirst("input[name=preferredContact][checked]").attr("value")).isEqualTo("EMAIL");
        assertThat(form.select("#urgency option").eachText()).containsExactly("کم", "عادی", "زیاد", "فوری");
        assertThat(form.selectFirst("#urgency option[selected]").attr("value")).isEqualTo("NORMAL");
        assertThat(form.selectFirst("#amountInDispute").hasAttr("required")).isFalse();
        assertThat(page.selectFirst("#amountInDispute-help").text()).contains("۲۵۰٬۰۰۰٬۰۰۰");
        Element files = form.selectFirst("input#documents");
        assertThat(files.attr("type")).isEqualTo("file");
        assertThat(files.attr("name")).isEqualTo("files");
        assertThat(files.hasAttr("multiple")).isTrue();
        assertThat(files.attr("accept")).isEqualTo(".pdf,.png,.jpg,.jpeg,.webp");
        assertThat(page.selectFirst("#documents-help").text()).contains("۱۰ سند").contains("۴ مگابایت");
        assertThat(form.select("script")).isEmpty();
        assertEveryFieldHasALabel(page);
    }

    @Test
    @TestSecurity(user = "member-8", roles = "member")
    void aMemberFilesACaseWithPersianDigitsAndDocumentsAndLandsOnItWithItsNumber() {
        fixtures.member("member-8");
        Response done = filledForm(Language.FA).file("قرارداد.pdf", PDF, "application/pdf")
                .file("screen.jpg", JPEG, "image/jpeg").post();
        assertThat(done.statusCode()).as(done.asString()).isEqualTo(303);
        long id = idFromLocation(done);
        assertThat(done.header("Location")).endsWith(casePath(id) + "?done=filed");

        LegalAidCase filed = fixtures.reload(id);
        assertThat(filed.status).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(filed.accountSubject).isEqualTo("member-8");
        assertThat(filed.category).isEqualTo(LegalAidCategory.CONTRACT_DISPUTE);
        assertThat(filed.subject).isEqualTo("قرارداد بدون تسویه");
        assertThat(filed.description).isEqualTo("شرکت پس از پایان پروژه تسویه نکرد.\n\nقرارداد و فیش‌ها پیوست است.");
        assertThat(filed.counterpartyName).isEqualTo("شرکت فناوران");
        assertThat(filed.counterpartyType).isEqualTo(CounterpartyType.COMPANY);
        assertThat(filed.amountInDispute).isEqualByComparingTo(new BigDecimal("250000000"));
        assertThat(filed.urgency).isEqualTo(Urgency.HIGH);
        assertThat(filed.preferredContact).isEqualTo(PreferredContact.PHONE);
        assertThat(cases.documents(filed)).extracting(document -> document.fileName)
                .containsExactly("قرارداد.pdf", "screen.jpg");

        Document page = page(casePath(id) + "?done=filed", Language.FA);
        assertThat(page.selectFirst("#notice").attr("data-notice")).isEqualTo("filed");
        assertThat(page.selectFirst("#notice").text()).contains(filed.caseNumber).contains("ثبت شد");
        assertThat(page.selectFirst("#case-status").attr("data-status")).isEqualTo("SUBMITTED");
    }

    @Test
    @TestSecurity(user = "member-9", roles = "member")
    void eachRefusedFieldIsExplainedNextToItInEnglishAndWhatWasTypedStays() {
        fixtures.member("member-9");
        Response refused = PageForm.of(get(NEW, Language.EN), "#case-form", Language.EN)
                .set("category", "GAMBLING_DEBT").set("subject", "   ").set("description", "It went wrong.")
                .set("counterpartyName", "Acme").without("counterpartyType").set("amountInDispute", "-5 million")
                .post();

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = parseValid(refused);
        assertThat(page.selectFirst("#error-summary")).isNotNull();
        for (String field : new String[] { "category", "subject", "counterpartyType", "amountInDispute" }) {
            assertThat(page.selectFirst("[data-field=" + field + "]")).as("error of " + field).isNotNull();
        }
        assertThat(page.selectFirst("[data-field=amountInDispute]").text())
                .isEqualTo("The amount must be a positive whole number of Rials (at most 18 digits).");
        assertThat(page.selectFirst("#subject").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#subject").attr("aria-describedby")).contains("subject-error");
        assertThat(page.select("[data-field=description], [data-field=counterpartyName]")).isEmpty();
        assertThat(page.selectFirst("#description").wholeText()).isEqualTo("It went wrong.");
        assertThat(page.selectFirst("#counterpartyName").attr("value")).isEqualTo("Acme");
        assertThat(page.selectFirst("#amountInDispute").attr("value")).isEqualTo("-5 million");
        assertThat(fixtures.caseCount()).isZero();
        assertEveryFieldHasALabel(page);
    }

    @Test
    @TestSecurity(user = "member-10", roles = "member")
    void errorsOnThePersianPageAreInPersian() {
        fixtures.member("member-10");
        Response refused = filledForm(Language.FA).set("subject", "").post();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(parseValid(refused).selectFirst("[data-field=subject]").text()).containsPattern("[\\u0600-\\u06FF]")
                .doesNotContainPattern("[A-Za-z]");
        assertThat(fixtures.caseCount()).isZero();
    }

    @Test
    @TestSecurity(user = "member-11", roles = "member")
    void aDocumentThatIsNotWhatItClaimsIsRefusedNextToTheFieldAndNoCaseIsCreated() {
        fixtures.member("member-11");
        long auditBefore = members.lastAuditId();
        Response refused = filledForm(Language.FA).file("good.pdf", PDF, "application/pdf")
                .file("payslip.pdf", HTML, "application/pdf").post();

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = parseValid(refused);
        assertThat(page.selectFirst("#documents").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#documents").attr("aria-describedby")).contains("documents-error");
        assertThat(page.selectFirst("#documents-error[data-field=files]").text()).contains("«payslip.pdf»")
                .contains("فقط فایل PDF، PNG، JPEG یا WebP پذیرفته می‌شود").doesNotContain("good.pdf");
        assertThat(page.selectFirst("#subject").attr("value")).isEqualTo("قرارداد بدون تسویه");
        assertThat(page.selectFirst("#category option[selected]").attr("value")).isEqualTo("CONTRACT_DISPUTE");
        assertThat(page.selectFirst("input[name=counterpartyType][checked]").attr("value")).isEqualTo("COMPANY");
        assertThat(fixtures.caseCount()).isZero();
        assertThat(documentCount()).isZero();
        assertThat(members.auditAfter(auditBefore)).isEmpty();
    }

    @Test
    @TestSecurity(user = "member-12", roles = "member")
    void aFormWithoutItsCsrfTokenIsRefusedAndCreatesNothing() {
        fixtures.member("member-12");
        Response refused = filledForm(Language.EN).withoutCsrfToken().post();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fixtures.caseCount()).isZero();
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        // The test profile has no OIDC: where the app would send a browser to Keycloak, it answers 401.
        assertThat(get(MINE, Language.FA).statusCode()).isEqualTo(401);
        assertThat(get(NEW, Language.FA).statusCode()).isEqualTo(401);
        assertThat(get(casePath(1), Language.FA).statusCode()).isEqualTo(401);
    }

    private static long documentCount() {
        return QuarkusTransaction.requiringNew().call(() -> LegalAidDocument.count());
    }
}
