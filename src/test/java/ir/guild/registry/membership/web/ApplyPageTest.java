package ir.guild.registry.membership.web;

import static ir.guild.registry.membership.web.PageForms.browser;
import static ir.guild.registry.membership.web.PageForms.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.membership.Applicants;
import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.ApplicationStatus;
import ir.guild.registry.membership.Decision;
import ir.guild.registry.membership.MembershipTestData;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.reference.EducationLevel;
import ir.guild.registry.reference.Province;
import ir.guild.registry.reference.Specialty;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

@QuarkusTest
class ApplyPageTest {

    private static final String APPLICANT = "applicant-page";
    /** 15 Esfand 1374 in the Jalali calendar. */
    private static final LocalDate JALALI_BIRTH_DATE = LocalDate.of(1996, 3, 5);

    @Inject
    MembershipTestData data;

    @Inject
    ApplicationService applications;

    @BeforeEach
    void clean() {
        data.clear();
    }

    private static PageForm emptyForm(Language language) {
        Response page = browser(language).when().get("/apply");
        page.then().statusCode(200);
        return PageForm.of(page, "#application-form", language);
    }

    /** Every field filled in as a person would on a Persian page: Persian digits, a Jalali birth date. */
    private static PageForm validPersianForm(String nationalId) {
        return emptyForm(Language.FA)
                .set("fullName", "سارا رضايي")
                .set("fullNameLatin", "Sara Rezaei")
                .set("nationalId", toPersianDigits(nationalId))
                .set("birthYear", "۱۳۷۴").set("birthMonth", "12").set("birthDay", "۱۵")
                .set("email", "sara@example.org")
                .set("mobile", "۰۹۱۲ ۱۲۳ ۴۵۶۷")
                .set("province", "ESFAHAN")
                .set("city", "اصفهان")
                .set("educationLevel", "MASTER")
                .set("fieldOfStudy", "مهندسی نرم‌افزار")
                .set("yearsOfExperience", "۸")
                .set("specialties", "BACKEND", "SECURITY")
                .set("employmentStatus", "FREELANCE")
                .set("employer", "")
                .set("portfolioUrl", "https://github.com/sara")
                .set("motivation", "می‌خواهم در صنف فعال باشم.")
                .set("consents.terms", "true")
                .set("consents.privacy", "true")
                .without("consents.directory");
    }

    private static String toPersianDigits(String ascii) {
        StringBuilder persian = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            persian.append((char) ('۰' + (c - '0')));
        }
        return persian.toString();
    }

    /** Read in a transaction of its own, so each call sees what the pages committed. */
    private Application mine() {
        return QuarkusTransaction.requiringNew()
                .call(() -> applications.mine(PageForms.applicant(APPLICANT)).orElseThrow());
    }

    // --- the form ---------------------------------------------------------------

    @Test
    @TestSecurity(user = APPLICANT)
    void theFormIsPersianRightToLeftWithJalaliBirthDateFields() {
        Document page = parse(browser(Language.FA).when().get("/apply").then().statusCode(200).extract().response());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo("درخواست عضویت");
        assertThat(page.selectFirst("label[for=fullName]").text()).isEqualTo("نام و نام خانوادگی (فارسی)");
        assertThat(page.selectFirst("label[for=nationalId]").text()).isEqualTo("کد ملی");
        assertThat(page.selectFirst("#birthDate legend").text()).isEqualTo("تاریخ تولد (خورشیدی)");
        assertThat(page.select("#birthMonth option[value]:not([value=''])").eachText())
                .containsExactly("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                        "بهمن", "اسفند");
        assertThat(page.select("#province option:not([value=''])")).hasSize(31);
        assertThat(page.selectFirst("#province option[value=TEHRAN]").text()).isEqualTo("تهران");
        assertThat(page.selectFirst("#educationLevel option[value=MASTER]").text()).isEqualTo("کارشناسی ارشد");
        assertThat(page.select("input[name=specialties]")).hasSize(Specialty.values().length);
        assertThat(page.selectFirst("label[for=specialty-BACKEND]").text()).isEqualTo("برنامه‌نویسی سمت سرور");
        assertThat(page.select("#application-form .is-invalid")).isEmpty();
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void theFormIsEnglishLeftToRightWithGregorianBirthDateFields() {
        Document page = parse(browser(Language.EN).when().get("/apply").then().statusCode(200).extract().response());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Apply for membership");
        assertThat(page.selectFirst("label[for=fullName]").text()).isEqualTo("Full name (in Persian)");
        assertThat(page.selectFirst("#birthDate legend").text()).isEqualTo("Date of birth");
        assertThat(page.select("#birthMonth option[value]:not([value=''])").eachText()).startsWith("January",
                "February").endsWith("December").hasSize(12);
        assertThat(page.selectFirst("#province option[value=ESFAHAN]").text()).isEqualTo(Province.ESFAHAN.en());
        assertThat(page.selectFirst("#educationLevel option[value=MASTER]").text())
                .isEqualTo(EducationLevel.MASTER.en());
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void everyFieldHasALabelAndTheFormCarriesItsCsrfToken() {
        Document page = parse(browser(Language.FA).when().get("/apply").then().statusCode(200).extract().response());
        Element form = page.selectFirst("#application-form");
        for (Element field : form.select("input:not([type=hidden]), select, textarea")) {
            assertThat(page.select("label[for=" + field.id() + "]")).as("label of " + field.attr("name")).hasSize(1);
        }
        assertThat(form.selectFirst("input[type=hidden][name=csrf-token]").attr("value")).isNotBlank();
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    // --- submitting -------------------------------------------------------------

    @Test
    @TestSecurity(user = APPLICANT)
    void aValidPersianSubmissionIsRecordedAndGoesToTheDashboard() {
        long auditBefore = PageForms.auditEntries();
        validPersianForm("0499370899").post("/apply")
                .then().statusCode(303).header("Location", endsWith("/me"));

        Application application = mine();
        assertThat(application.status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.nationalId).isEqualTo("0499370899");
        assertThat(application.fullName).isEqualTo("سارا رضایی");
        assertThat(application.birthDate).isEqualTo(JALALI_BIRTH_DATE);
        assertThat(application.mobile).isEqualTo("09121234567");
        assertThat(application.province).isEqualTo(Province.ESFAHAN);
        assertThat(application.yearsOfExperience).isEqualTo(8);
        assertThat(application.specialties).containsExactlyInAnyOrder(Specialty.BACKEND, Specialty.SECURITY);
        assertThat(application.employer).isNull();
        assertThat(application.consentTerms).isTrue();
        assertThat(application.consentDirectory).isFalse();
        assertThat(application.language).isEqualTo("fa");
        assertThat(PageForms.auditEntries()).isEqualTo(auditBefore + 1);
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void anEnglishSubmissionReadsTheBirthDateAsGregorian() {
        PageForm form = validPersianForm(Applicants.nationalId());
        PageForm english = emptyForm(Language.EN);
        for (var entry : form.values().entrySet()) {
            if (!entry.getKey().equals("csrf-token")) {
                english = english.set(entry.getKey(), entry.getValue().toArray(String[]::new));
            }
        }
        english.set("birthYear", "1996").set("birthMonth", "3").set("birthDay", "5").post("/apply")
                .then().statusCode(303);
        assertThat(mine().birthDate).isEqualTo(JALALI_BIRTH_DATE);
        assertThat(mine().language).isEqualTo("en");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            fullName           |                 | fullName           | این مورد الزامی است.
            nationalId         | ۰۴۹۹۳۷۰۸۹۸      | nationalId         | کد ملی معتبر نیست.
            email              | sara-at-example | email              | نشانی رایانامه معتبر نیست.
            mobile             | 12345           | mobile             | شماره همراه باید به شکل ۰۹xxxxxxxxx باشد.
            province           |                 | province           | این مورد الزامی است.
            city               |                 | city               | این مورد الزامی است.
            educationLevel     | NOPE            | educationLevel     | این گزینه در فهرست نیست.
            yearsOfExperience  | ۹۹              | yearsOfExperience  | باید بین 0 و 70 باشد.
            employmentStatus   |                 | employmentStatus   | این مورد الزامی است.
            portfolioUrl       | ftp://sara.ir   | portfolioUrl       | نشانی باید با http:// یا https:// آغاز شود.
            birthDay           | ۳۰              | birthDate          | تاریخ معتبر نیست.
            birthDay           |                 | birthDate          | تاریخ معتبر نیست.
            birthYear          | 74              | birthDate          | تاریخ معتبر نیست.
            """)
    @TestSecurity(user = APPLICANT)
    void aBadFieldIsShownBesideItInPersianAndNothingIsWritten(String input, String value, String field,
            String message) {
        long auditBefore = PageForms.auditEntries();
        Response response = validPersianForm(Applicants.nationalId()).set(input, value == null ? "" : value)
                .post("/apply");
        response.then().statusCode(400);
        assertOnlyError(parse(response), field, message);
        assertThat(data.applications()).isZero();
        assertThat(PageForms.auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void missingBirthDateSpecialtiesAndConsentsAreEachShownBesideTheirField() {
        Response response = validPersianForm(Applicants.nationalId())
                .set("birthYear", "").set("birthMonth", "").set("birthDay", "")
                .without("specialties").without("consents.terms").without("consents.privacy")
                .post("/apply");
        response.then().statusCode(400);
        Document page = parse(response);
        assertThat(page.selectFirst("#birthDate-error").text()).isEqualTo("این مورد الزامی است.");
        assertThat(page.selectFirst("#specialties-error").text()).isEqualTo("دست‌کم یک گزینه را انتخاب کنید.");
        assertThat(page.selectFirst("#consents-terms-error").text()).isEqualTo("برای ادامه باید این مورد را بپذیرید.");
        assertThat(page.selectFirst("#consents-privacy-error").text())
                .isEqualTo("برای ادامه باید این مورد را بپذیرید.");
        assertThat(page.selectFirst("#consents-terms").attr("aria-describedby")).isEqualTo("consents-terms-error");
        assertThat(page.selectFirst("#specialties").attr("aria-describedby")).contains("specialties-error");
        assertThat(page.select(".invalid-feedback")).hasSize(4);
        assertThat(data.applications()).isZero();
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void aTooYoungApplicantIsToldByTheBirthDate() {
        int thisJalaliYear = JalaliDates.jalaliYear(LocalDate.now(GuildClock.ZONE));
        Response response = validPersianForm(Applicants.nationalId())
                .set("birthYear", Integer.toString(thisJalaliYear - 10)).set("birthMonth", "1").set("birthDay", "1")
                .post("/apply");
        response.then().statusCode(400);
        assertOnlyError(parse(response), "birthDate", "متقاضی باید دست‌کم 15 سال داشته باشد.");
        assertThat(data.applications()).isZero();
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void onAnEnglishPageTheErrorIsInEnglish() {
        PageForm english = emptyForm(Language.EN);
        for (var entry : validPersianForm(Applicants.nationalId()).values().entrySet()) {
            if (!entry.getKey().equals("csrf-token")) {
                english = english.set(entry.getKey(), entry.getValue().toArray(String[]::new));
            }
        }
        Response response = english.set("birthYear", "1996").set("birthMonth", "2").set("birthDay", "30")
                .set("mobile", "").post("/apply");
        response.then().statusCode(400);
        Document page = parse(response);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("#mobile-error").text()).isEqualTo("This field is required.");
        assertThat(page.selectFirst("#birthDate-error").text()).isEqualTo("This is not a valid date.");
        assertThat(page.selectFirst("#error-summary").text()).startsWith("Some fields need correcting");
        assertThat(data.applications()).isZero();
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void aRefusedFormKeepsWhatWasEntered() {
        Response response = validPersianForm("0499370899").set("email", "").post("/apply");
        response.then().statusCode(400);
        Document page = parse(response);
        assertThat(page.selectFirst("#fullName").attr("value")).isEqualTo("سارا رضايي");
        assertThat(page.selectFirst("#nationalId").attr("value")).isEqualTo("۰۴۹۹۳۷۰۸۹۹");
        assertThat(page.selectFirst("#birthYear").attr("value")).isEqualTo("۱۳۷۴");
        assertThat(page.selectFirst("#birthMonth option[selected]").attr("value")).isEqualTo("12");
        assertThat(page.selectFirst("#province option[selected]").attr("value")).isEqualTo("ESFAHAN");
        assertThat(page.select("input[name=specialties][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("BACKEND", "SECURITY");
        assertThat(page.selectFirst("#consents-terms").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("#consents-directory").hasAttr("checked")).isFalse();
        assertThat(page.selectFirst("#motivation").text()).isEqualTo("می‌خواهم در صنف فعال باشم.");
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void aFormWithoutItsCsrfTokenIsRefusedAndNothingIsWritten() {
        validPersianForm(Applicants.nationalId()).withoutCsrfToken().post("/apply").then().statusCode(400);
        validPersianForm(Applicants.nationalId()).set("csrf-token", "forged").post("/apply").then().statusCode(400);
        assertThat(data.applications()).isZero();
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void aNationalIdThatAlreadyHasAnOpenApplicationShowsAnAlertOnTheForm() {
        applications.submit(PageForms.applicant("someone-else"), Applicants.record("0499370899"), Language.FA);
        Response response = validPersianForm("0499370899").post("/apply");
        response.then().statusCode(409);
        Document page = parse(response);
        assertThat(page.selectFirst("#form-alert").text())
                .isEqualTo("برای این حساب یا این کد ملی، درخواست باز یا عضویت دیگری ثبت شده است.");
        assertThat(page.selectFirst("#fullName").attr("value")).isEqualTo("سارا رضايي");
        assertThat(data.applications()).isEqualTo(1);
    }

    // --- where the applicant stands --------------------------------------------

    @Test
    @TestSecurity(user = APPLICANT)
    void anApplicationUnderReviewIsShownInsteadOfTheFormAndCanBeWithdrawn() {
        applications.submit(PageForms.applicant(APPLICANT), Applicants.record(Applicants.nationalId()), Language.FA);
        Response page = browser(Language.FA).when().get("/apply");
        page.then().statusCode(200);
        Document document = parse(page);
        assertThat(document.select("#application-form")).isEmpty();
        assertThat(document.selectFirst("#application-status").attr("data-status")).isEqualTo("SUBMITTED");
        assertThat(document.selectFirst("#application-status").text()).isEqualTo("در انتظار بررسی");

        PageForm.of(page, "#withdraw-form", Language.FA).post("/apply/withdraw")
                .then().statusCode(303).header("Location", endsWith("/me"));
        assertThat(mine().status).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(PageForms.auditActions(mine().id)).endsWith("application.withdraw");

        Document after = parse(browser(Language.FA).when().get("/apply").then().statusCode(200).extract().response());
        assertThat(after.select("#application-form")).hasSize(1);
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void withdrawingIsAFormPostProtectedByItsCsrfToken() {
        applications.submit(PageForms.applicant(APPLICANT), Applicants.record(Applicants.nationalId()), Language.FA);
        Response page = browser(Language.FA).when().get("/apply");
        PageForm.of(page, "#withdraw-form", Language.FA).withoutCsrfToken().post("/apply/withdraw")
                .then().statusCode(400);
        browser(Language.FA).cookies(page.getCookies()).contentType("text/plain").body("x")
                .when().post("/apply/withdraw").then().statusCode(415);
        assertThat(mine().status).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    @TestSecurity(user = APPLICANT)
    void withdrawingWithoutAnOpenApplicationIs404() {
        Response page = browser(Language.FA).when().get("/");
        PageForm.of(page, "form[action=/lang]", Language.FA).post("/apply/withdraw").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = APPLICANT, roles = "member")
    void aMemberSeesTheirMembershipInsteadOfTheForm() {
        Application application = applications.submit(PageForms.applicant(APPLICANT),
                Applicants.record(Applicants.nationalId()), Language.FA);
        applications.decide(application.id, new Decision("APPROVE", null, "MEMBER", application.version),
                PageForms.ADMIN, Language.EN);
        Document page = parse(browser(Language.FA).when().get("/apply").then().statusCode(200).extract().response());
        assertThat(page.select("#application-form")).isEmpty();
        assertThat(page.select("#withdraw-form")).isEmpty();
        assertThat(page.selectFirst("#membership-number").text()).matches("\\d{4}-\\d{6}");
        assertThat(page.selectFirst("#membership-status").text()).isEqualTo("فعال");
    }

    // --- when the guild asks for more information --------------------------------

    @Test
    @TestSecurity(user = APPLICANT)
    void whenTheGuildAsksForMoreTheFormComesBackFilledInAndResubmits() {
        Application application = applications.submit(PageForms.applicant(APPLICANT),
                Applicants.record("0499370899"), Language.FA);
        applications.decide(application.id,
                new Decision("REQUEST_INFO", "لطفاً نام کارفرمای فعلی را بنویسید.", null, application.version),
                PageForms.ADMIN, Language.FA);

        Response page = browser(Language.FA).when().get("/apply");
        page.then().statusCode(200);
        Document document = parse(page);
        assertThat(document.selectFirst("h1").text()).isEqualTo("تکمیل درخواست عضویت");
        assertThat(document.selectFirst("#guild-request").text()).contains("لطفاً نام کارفرمای فعلی را بنویسید.");
        assertThat(document.selectFirst("#nationalId").attr("value")).isEqualTo("0499370899");
        // 4 March 1995 is 13 Esfand 1373.
        assertThat(document.selectFirst("#birthYear").attr("value")).isEqualTo("1373");
        assertThat(document.selectFirst("#birthMonth option[selected]").attr("value")).isEqualTo("12");
        assertThat(document.selectFirst("#birthDay").attr("value")).isEqualTo("13");
        assertThat(document.selectFirst("#province option[selected]").attr("value")).isEqualTo("TEHRAN");
        assertThat(document.select("input[name=specialties][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("BACKEND", "DEVOPS");
        assertThat(document.selectFirst("#consents-terms").hasAttr("checked")).isTrue();
        assertThat(document.select("#withdraw-form")).hasSize(1);

        PageForm form = PageForm.of(page, "#application-form", Language.FA);
        Response refused = form.set("city", "").post("/apply");
        refused.then().statusCode(400);
        Document refusedPage = parse(refused);
        assertThat(refusedPage.selectFirst("#city-error").text()).isEqualTo("این مورد الزامی است.");
        assertThat(refusedPage.selectFirst("#guild-request").text()).contains("لطفاً نام کارفرمای فعلی را بنویسید.");
        assertThat(mine().status).isEqualTo(ApplicationStatus.NEEDS_INFO);

        form.set("employer", "شرکت نرم‌افزاری پارس").post("/apply")
                .then().statusCode(303).header("Location", endsWith("/me"));

        Application resubmitted = mine();
        assertThat(resubmitted.id).isEqualTo(application.id);
        assertThat(resubmitted.status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(resubmitted.employer).isEqualTo("شرکت نرم‌افزاری پارس");
        assertThat(resubmitted.birthDate).isEqualTo(LocalDate.of(1995, 3, 4));
        assertThat(PageForms.auditActions(application.id)).containsExactly("application.submit",
                "application.request-info", "application.resubmit");
    }

    // --- who may ----------------------------------------------------------------

    @Test
    @TestSecurity(user = "partner-firm", roles = "partner")
    void partnerFirmsDoNotApply() {
        browser(Language.FA).when().get("/apply").then().statusCode(403);
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        browser(Language.FA).when().get("/apply").then().statusCode(401);
        browser(Language.FA).formParam("fullName", "x").when().post("/apply").then().statusCode(401);
        assertThat(data.applications()).isZero();
    }

    private static void assertOnlyError(Document page, String field, String message) {
        Element error = page.getElementById(field + "-error");
        assertThat(error).as("error of " + field).isNotNull();
        assertThat(error.text()).isEqualTo(message);
        assertThat(page.select(".invalid-feedback")).as("errors shown").hasSize(1);
        assertThat(page.selectFirst("#error-summary")).isNotNull();
        Element input = page.selectFirst("[aria-describedby~=" + field + "-error]");
        assertThat(input).as("a control described by the error").isNotNull();
        if (!input.is("fieldset")) {
            assertThat(input.hasClass("is-invalid")).isTrue();
        }
    }
}
