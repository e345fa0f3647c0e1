package ir.guild.registry.certification.web;

import static ir.guild.registry.common.SampleFiles.HTML;
import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.common.SampleFiles.PNG;
import static ir.guild.registry.membership.web.PageForms.browser;
import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.membership.web.PageForms.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.CertificationFixtures;
import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.IssuedCertificates;
import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.certification.Track;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/** The member's certification pages: the overview, the request form with files, and one request. */
@QuarkusTest
class MyCertificationsPageTest {

    private static final String MINE = "/me/certifications";
    private static final String NEW = "/me/certifications/new";

    @Inject
    CertificationFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    IssuedCertificates tracks;

    @BeforeEach
    void clean() {
        fixtures.clear();
    }

    private static String requestPath(long id) {
        return "/me/certifications/requests/" + id;
    }

    private static long idFromLocation(Response response) {
        String location = response.header("Location");
        assertThat(location).contains("/me/certifications/requests/");
        return Long.parseLong(location.replaceAll(".*/requests/([0-9]+).*", "$1"));
    }

    // --- the overview -----------------------------------------------------------------

    @Test
    @TestSecurity(user = "member-1", roles = "member")
    void theOverviewListsRequestsAndCertificatesInPersianWithJalaliDatesAndStatusWords() {
        Member member = fixtures.member("member-1");
        Track java = fixtures.track("BACKEND_JAVA");
        Track web = fixtures.track("WEB_FRONTEND");
        Certificate certificate = fixtures.granted(member, java, 2);
        CertificationRequest asked = fixtures.needingInfo(member, web, 3);

        Document page = page(MINE, Language.FA);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(page.selectFirst("h1").text()).isEqualTo("گواهی‌نامه‌های من");
        assertThat(page.selectFirst("#request-link").attr("href")).isEqualTo(NEW);
        assertThat(page.select("#request-blocked")).isEmpty();

        Element row = page.selectFirst("#certificate-list tr[data-certificate-id=" + certificate.id + "]");
        assertThat(row.selectFirst("[data-field=code]").text()).isEqualTo(certificate.displayCode());
        assertThat(row.selectFirst("[data-field=track]").text()).isEqualTo("مسیر BACKEND_JAVA");
        assertThat(row.selectFirst("[data-field=level]").text()).isEqualTo("۲");
        assertThat(row.selectFirst("[data-field=issued]").text())
                .isEqualTo(JalaliDates.formatDate(certificate.issuedOn, Locale.forLanguageTag("fa")))
                .doesNotContainPattern("[0-9]");
        assertThat(row.selectFirst("[data-field=expires] time").attr("datetime"))
                .isEqualTo(certificate.expiresOn.toString());
        Element status = row.selectFirst("[data-field=status] .badge");
        assertThat(status.text()).isEqualTo("معتبر");
        assertThat(status.hasClass("text-bg-success")).isTrue();
        assertThat(row.selectFirst("a.print-link").attr("href")).isEqualTo(MINE + "/" + certificate.id + "/print");
        assertThat(row.selectFirst("a.verify-link").attr("href")).isEqualTo("/verify/" + certificate.displayCode());
        assertThat(row.selectFirst("a.credential-link").attr("href"))
                .isEqualTo("/api/v1/certificates/" + certificate.id + "/credential");

        List<String> requestRows = page.select("#request-list tbody tr").eachAttr("data-request-id");
        assertThat(requestRows).hasSize(2).first().isEqualTo(asked.id.toString());
        Element askedRow = page.selectFirst("#request-list tr[data-request-id=" + asked.id + "]");
        assertThat(askedRow.selectFirst("[data-field=track] a").attr("href")).isEqualTo(requestPath(asked.id));
        assertThat(askedRow.selectFirst("[data-field=level]").text()).isEqualTo("۳");
        assertThat(askedRow.selectFirst("[data-field=status]").text()).isEqualTo("نیازمند اطلاعات بیشتر");
        assertThat(askedRow.selectFirst("[data-field=reason]").text()).isEqualTo("Add a link to the code");
        assertThat(askedRow.selectFirst("[data-field=submitted]").text()).doesNotContainPattern("[0-9]");
        assertThat(page.selectFirst("#request-list tr[data-status=GRANTED] [data-field=status]").text())
                .isEqualTo("پذیرفته شد");
    }

    @Test
    @TestSecurity(user = "member-2", roles = "member")
    void theOverviewInEnglishShowsGregorianDatesAndEnglishWords() {
        Member member = fixtures.member("member-2");
        Certificate certificate = fixtures.granted(member, fixtures.track("BACKEND_JAVA"), 1);
        fixtures.expire(certificate);

        Document page = page(MINE, Language.EN);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("My certifications");
        Element row = page.selectFirst("#certificate-list tbody tr");
        assertThat(row.selectFirst("[data-field=track]").text()).isEqualTo("Track BACKEND_JAVA");
        assertThat(row.selectFirst("[data-field=status]").text()).isEqualTo("Expired");
        assertThat(row.selectFirst("[data-field=expires]").text())
                .isEqualTo(JalaliDates.formatDate(MemberFixtures.today().minusDays(1), Locale.ENGLISH))
                .containsPattern("[0-9]{4}");
        assertThat(page.selectFirst("#request-list [data-field=status]").text()).isEqualTo("Granted");
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void someoneWhoIsNotAMemberIsToldWhyAndOfferedNoRequest() {
        Document page = page(MINE, Language.FA);
        assertThat(page.selectFirst("#request-blocked").attr("data-blocked")).isEqualTo("NOT_MEMBER");
        assertThat(page.selectFirst("#request-blocked").text()).contains("فقط برای اعضای صنف");
        assertThat(page.selectFirst("#request-blocked a").attr("href")).isEqualTo("/apply");
        assertThat(page.select("#request-link")).isEmpty();
        assertThat(page.selectFirst("#certificates-empty")).isNotNull();
        assertThat(page.selectFirst("#requests-empty")).isNotNull();

        Document form = page(NEW, Language.EN);
        assertThat(form.selectFirst("#request-blocked").text()).contains("Skill certification is for members");
        assertThat(form.select("form#request-form")).isEmpty();
    }

    @Test
    @TestSecurity(user = "suspended-1", roles = "member")
    void aSuspendedMemberSeesWhyTheyCannotRequestAndTheirCertificatesAsSuspended() {
        Member member = fixtures.member("suspended-1");
        fixtures.granted(member, fixtures.track("BACKEND_JAVA"), 1);
        fixtures.suspend(member);

        Document page = page(MINE, Language.FA);
        assertThat(page.selectFirst("#request-blocked").attr("data-blocked")).isEqualTo("SUSPENDED");
        assertThat(page.selectFirst("#request-blocked").text()).contains("معلق است");
        assertThat(page.select("#request-link")).isEmpty();
        assertThat(page.selectFirst("#certificate-list [data-field=status] .badge").text()).isEqualTo("معلق");

        Document form = page(NEW, Language.FA);
        assertThat(form.selectFirst("#request-blocked").attr("data-blocked")).isEqualTo("SUSPENDED");
        assertThat(form.select("form#request-form")).isEmpty();
    }

    @Test
    @TestSecurity(user = "expired-1", roles = "member")
    void anExpiredMemberWhoPostsTheFormAnywayIsRefusedInTheirLanguageAndNothingIsWritten() {
        Member active = fixtures.member("expired-1");
        Track track = fixtures.track("BACKEND_JAVA");
        Response form = get(NEW, Language.EN);
        PageForm filled = PageForm.of(form, "#request-form", Language.EN).set("trackCode", track.code)
                .set("level", "1").set("evidence", "Ten years of Java");
        members.validUntil(active.membershipNumber, MemberFixtures.today().minusDays(1));
        long auditBefore = members.lastAuditId();

        Response refused = filled.post();
        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = TrackPagesTest.parse(refused);
        assertThat(page.selectFirst("#request-blocked").attr("data-blocked")).isEqualTo("EXPIRED");
        assertThat(page.selectFirst("#request-blocked").text()).contains("Your membership has expired");
        assertThat(page.select("form#request-form")).isEmpty();
        assertThat(fixtures.requestCount()).isZero();
        assertThat(members.auditAfter(auditBefore)).isEmpty();
    }

    @Test
    @TestSecurity(user = "revoked-1", roles = "member")
    void aRevokedMemberIsToldTheirMembershipWasRevoked() {
        fixtures.revoke(fixtures.member("revoked-1"));
        Document page = page(NEW, Language.FA);
        assertThat(page.selectFirst("#request-blocked").attr("data-blocked")).isEqualTo("REVOKED");
        assertThat(page.selectFirst("#request-blocked").text()).contains("لغو شده است");
        assertThat(page.select("form#request-form")).isEmpty();
    }

    // --- the request form ---------------------------------------------------------------

    @Test
    @TestSecurity(user = "member-3", roles = "member")
    void theFormIsAPersianMultipartUploadWithTheTrackFromTheQueryAndALabelForEveryField() {
        fixtures.member("member-3");
        fixtures.track("BACKEND_JAVA");
        fixtures.track("WEB_FRONTEND");
        Document page = page(NEW + "?track=web_frontend", Language.FA);
        Element form = page.selectFirst("form#request-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.selectFirst("input[name=csrf-token]").attr("value")).isNotBlank();
        assertThat(form.selectFirst("#trackCode option[selected]").attr("value")).isEqualTo("WEB_FRONTEND");
        assertThat(form.select("#trackCode option").eachText()).contains("مسیر BACKEND_JAVA", "مسیر WEB_FRONTEND");
        assertThat(form.select("#level option").eachText()).containsExactly("انتخاب کنید", "۱", "۲", "۳");
        assertThat(form.select("input[name=links]")).hasSize(5);
        Element files = form.selectFirst("input#files");
        assertThat(files.attr("type")).isEqualTo("file");
        assertThat(files.hasAttr("multiple")).isTrue();
        assertThat(files.attr("accept")).contains("application/pdf", "image/png", "image/jpeg", "image/webp");
        assertThat(page.selectFirst("#files-help").text()).contains("۵ فایل").contains("۴ مگابایت");
        assertThat(form.select("script")).isEmpty();
        PageForms.assertEveryFieldHasALabel(page);
    }

    @Test
    @TestSecurity(user = "member-4", roles = "member")
    void aMemberRequestsWithEvidenceLinksAndFilesAndLandsOnTheRequestsPage() {
        fixtures.member("member-4");
        Track track = fixtures.track("BACKEND_JAVA");
        PageForm form = PageForm.of(get(NEW + "?track=BACKEND_JAVA", Language.FA), "#request-form", Language.FA)
                .set("level", "۲")
                .set("evidence", "پنج سال ساخت سرویس پرداخت با جاوا.\n\nمهاجرت دفتر کل به PostgreSQL.")
                .set("links", "https://github.com/sara/ledger", "", "https://sara.example/blog", "", "")
                .file("رزومه.pdf", PDF, "application/pdf").file("screen.png", PNG, "image/png");

        Response done = form.post();
        assertThat(done.statusCode()).as(done.asString()).isEqualTo(303);
        long id = idFromLocation(done);
        assertThat(done.header("Location")).endsWith(requestPath(id) + "?done=submitted");
        CertificationRequest request = fixtures.reload(id);
        assertThat(request.track.code).isEqualTo(track.code);
        assertThat(request.level).isEqualTo(2);
        assertThat(request.evidence).isEqualTo("پنج سال ساخت سرویس پرداخت با جاوا.\n\nمهاجرت دفتر کل به PostgreSQL.");
        assertThat(request.links).containsExactly("https://github.com/sara/ledger", "https://sara.example/blog");
        assertThat(fixtures.fileCount(id)).isEqualTo(2);

        Document page = page(requestPath(id) + "?done=submitted", Language.FA);
        assertThat(page.selectFirst("#notice").attr("data-notice")).isEqualTo("submitted");
        assertThat(page.selectFirst("#request-status").attr("data-status")).isEqualTo("SUBMITTED");
        assertThat(page.selectFirst("#request-status").text()).isEqualTo("در انتظار ارزیابی");
        assertThat(page.selectFirst("#evidence-text").wholeText()).contains("مهاجرت دفتر کل");
        assertThat(page.select("#evidence-links a").eachAttr("rel")).containsOnly("nofollow noopener ugc");
        assertThat(page.select("#evidence-files a").eachText()).containsExactly("رزومه.pdf", "screen.png");
        assertThat(page.selectFirst("#withdraw-form input[name=version]").attr("value"))
                .isEqualTo(Integer.toString(request.version));
        assertThat(page.select("#answer-form")).isEmpty();
    }

    @Test
    @TestSecurity(user = "member-5", roles = "member")
    void aFileThatIsNotWhatItClaimsIsRefusedNextToTheFieldInPersianAndNoRequestIsCreated() {
        fixtures.member("member-5");
        fixtures.track("BACKEND_JAVA");
        long auditBefore = members.lastAuditId();
        Response refused = PageForm.of(get(NEW + "?track=BACKEND_JAVA", Language.FA), "#request-form", Language.FA)
                .set("level", "1").set("evidence", "سه سال جاوا")
                .file("good.pdf", PDF, "application/pdf").file("cv.pdf", HTML, "application/pdf")
                .post();

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = TrackPagesTest.parse(refused);
        assertThat(page.selectFirst("#files").hasClass("is-invalid")).isTrue();
        Element error = page.selectFirst("#files-error[data-field=files]");
        assertThat(error.text()).contains("«cv.pdf»").contains("فقط فایل PDF، PNG، JPEG یا WebP پذیرفته می‌شود")
                .doesNotContain("good.pdf");
        assertThat(page.selectFirst("#files").attr("aria-describedby")).contains("files-error");
        assertThat(page.selectFirst("#error-summary")).isNotNull();
        assertThat(page.selectFirst("#evidence").text()).isEqualTo("سه سال جاوا");
        assertThat(page.selectFirst("#trackCode option[selected]").attr("value")).isEqualTo("BACKEND_JAVA");
        assertThat(fixtures.requestCount()).isZero();
        assertThat(members.auditAfter(auditBefore)).isEmpty();
    }

    @Test
    @TestSecurity(user = "member-6", roles = "member")
    void aFileTooLargeIsRefusedInEnglishOnEnglishPages() {
        fixtures.member("member-6");
        fixtures.track("BACKEND_JAVA");
        byte[] large = new byte[4 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        Response refused = PageForm.of(get(NEW + "?track=BACKEND_JAVA", Language.EN), "#request-form", Language.EN)
                .set("level", "1").set("evidence", "Three years of Java").file("big.pdf", large, "application/pdf")
                .post();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TrackPagesTest.parse(refused).selectFirst("#files-error").text())
                .isEqualTo("big.pdf: A file may be at most 4096 KB.");
        assertThat(fixtures.requestCount()).isZero();
    }

    @Test
    @TestSecurity(user = "member-7", roles = "member")
    void missingAndInvalidFieldsAreEachExplainedNextToTheirField() {
        fixtures.member("member-7");
        fixtures.track("BACKEND_JAVA");
        Track twoLevels = tracks.track("MOBILE", 2);
        Response refused = PageForm.of(get(NEW, Language.EN), "#request-form", Language.EN)
                .set("trackCode", twoLevels.code).set("level", "3").set("evidence", "   ")
                .set("links", "https://ok.example", "", "not a link", "", "").post();

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = TrackPagesTest.parse(refused);
        assertThat(page.selectFirst("[data-field=level]").text()).isEqualTo("This track has no such level.");
        assertThat(page.selectFirst("[data-field=evidence]").text()).isNotBlank();
        assertThat(page.selectFirst("#link-3").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#link-3").attr("value")).isEqualTo("not a link");
        assertThat(page.selectFirst("[data-field=link-3]").text()).isNotBlank();
        assertThat(page.selectFirst("#link-1").hasClass("is-invalid")).isFalse();
        assertThat(page.selectFirst("#link-1").attr("value")).isEqualTo("https://ok.example");
        assertThat(page.selectFirst("#level option[selected]").attr("value")).isEqualTo("3");
        assertThat(page.selectFirst("#trackCode option[selected]").attr("value")).isEqualTo("MOBILE");
        assertThat(fixtures.requestCount()).isZero();
        PageForms.assertEveryFieldHasALabel(page);
    }

    @Test
    @TestSecurity(user = "member-8", roles = "member")
    void aMultipartFormWithoutItsCsrfTokenIsRefusedAndCreatesNothing() {
        fixtures.member("member-8");
        fixtures.track("BACKEND_JAVA");
        Response refused = PageForm.of(get(NEW + "?track=BACKEND_JAVA", Language.EN), "#request-form", Language.EN)
                .set("level", "1").set("evidence", "Java").file("good.pdf", PDF, "application/pdf")
                .withoutCsrfToken().post();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fixtures.requestCount()).isZero();
    }

    @Test
    @TestSecurity(user = "member-9", roles = "member")
    void asecondRequestOnATrackWithAnOpenOneIsRefusedWithALinkToTheOpenOne() {
        Member member = fixtures.member("member-9");
        Track track = fixtures.track("BACKEND_JAVA");
        CertificationRequest open = fixtures.request(member, track, 1);
        Response refused = PageForm.of(get(NEW + "?track=BACKEND_JAVA", Language.FA), "#request-form", Language.FA)
                .set("level", "2").set("evidence", "دوباره").post();
        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = TrackPagesTest.parse(refused);
        assertThat(page.selectFirst("#open-request a").attr("href")).isEqualTo(requestPath(open.id));
        assertThat(page.selectFirst("#evidence").text()).isEqualTo("دوباره");
        assertThat(fixtures.requestCount()).isEqualTo(1);
    }

    // --- one request --------------------------------------------------------------------

    @Test
    @TestSecurity(user = "member-10", roles = "member")
    void aRequestNeedingInformationIsAnsweredWithNewEvidenceAndAnotherFile() {
        Member member = fixtures.member("member-10");
        CertificationRequest asked = fixtures.needingInfo(member, fixtures.track("BACKEND_JAVA"), 2);
        fixtures.attach(asked, "first.pdf", PDF);

        Response shown = get(requestPath(asked.id), Language.EN);
        Document page = TrackPagesTest.parse(shown);
        assertThat(page.selectFirst("#request-status").attr("data-status")).isEqualTo("NEEDS_INFO");
        assertThat(page.selectFirst("#decision-reason").text()).isEqualTo("Add a link to the code");
        assertThat(page.selectFirst("#answer-evidence").wholeText()).isEqualTo(CertificationFixtures.EVIDENCE);
        assertThat(page.selectFirst("#answer-link-1").attr("value")).isEqualTo(CertificationFixtures.LINK);
        assertThat(page.selectFirst("#level option[selected]").attr("value")).isEqualTo("2");
        PageForms.assertEveryFieldHasALabel(page);

        Response answered = PageForm.of(shown, "#answer-form", Language.EN)
                .set("evidence", "Here is the repository.")
                .set("links", CertificationFixtures.LINK, "https://github.com/sara/payments", "", "", "")
                .file("second.png", PNG, "image/png").post();
        assertThat(answered.statusCode()).as(answered.asString()).isEqualTo(303);
        assertThat(answered.header("Location")).endsWith(requestPath(asked.id) + "?done=answered");
        CertificationRequest now = fixtures.reload(asked.id);
        assertThat(now.status).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(now.evidence).isEqualTo("Here is the repository.");
        assertThat(now.links).containsExactly(CertificationFixtures.LINK, "https://github.com/sara/payments");
        assertThat(fixtures.fileCount(asked.id)).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "member-11", roles = "member")
    void anAnswerWithAWrongFileChangesNothing() {
        Member member = fixtures.member("member-11");
        CertificationRequest asked = fixtures.needingInfo(member, fixtures.track("BACKEND_JAVA"), 2);
        Response refused = PageForm.of(get(requestPath(asked.id), Language.FA), "#answer-form", Language.FA)
                .set("evidence", "پاسخ تازه").file("notes.pdf", HTML, "application/pdf").post();
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = TrackPagesTest.parse(refused);
        assertThat(page.selectFirst("#answer-files-error").text()).contains("«notes.pdf»");
        assertThat(page.selectFirst("#answer-evidence").text()).isEqualTo("پاسخ تازه");
        CertificationRequest now = fixtures.reload(asked.id);
        assertThat(now.status).isEqualTo(RequestStatus.NEEDS_INFO);
        assertThat(now.evidence).isEqualTo(CertificationFixtures.EVIDENCE);
        assertThat(now.version).isEqualTo(asked.version);
        assertThat(fixtures.fileCount(asked.id)).isZero();
    }

    @Test
    @TestSecurity(user = "member-12", roles = "member")
    void theMemberWithdrawsAnOpenRequestAndAStaleWithdrawalIsExplained() {
        Member member = fixtures.member("member-12");
        CertificationRequest open = fixtures.request(member, fixtures.track("BACKEND_JAVA"), 1);
        PageForm withdraw = PageForm.of(get(requestPath(open.id), Language.FA), "#withdraw-form", Language.FA);

        // A file attached from another tab meanwhile: the version the page showed is stale.
        fixtures.attach(open, "late.pdf", PDF);
        Response stale = withdraw.post();
        assertThat(stale.statusCode()).isEqualTo(409);
        Document stalePage = TrackPagesTest.parse(stale);
        assertThat(stalePage.selectFirst("#stale-alert").text()).contains("تغییر کرده بود");
        assertThat(stalePage.selectFirst("#request-status").attr("data-status")).isEqualTo("SUBMITTED");
        assertThat(fixtures.reload(open.id).status).isEqualTo(RequestStatus.SUBMITTED);

        Response done = PageForm.of(get(requestPath(open.id), Language.FA), "#withdraw-form", Language.FA).post();
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith(requestPath(open.id) + "?done=withdrawn");
        assertThat(fixtures.reload(open.id).status).isEqualTo(RequestStatus.WITHDRAWN);
        Document page = page(requestPath(open.id) + "?done=withdrawn", Language.FA);
        assertThat(page.selectFirst("#notice").text()).isEqualTo("درخواست را پس گرفتید.");
        assertThat(page.selectFirst("#request-status").text()).isEqualTo("پس گرفته شد");
        assertThat(page.select("#withdraw-form, #answer-form")).isEmpty();
    }

    @Test
    @TestSecurity(user = "member-13", roles = "member")
    void theRequesterDownloadsTheirEvidenceAsAnAttachment() {
        Member member = fixtures.member("member-13");
        CertificationRequest request = fixtures.request(member, fixtures.track("BACKEND_JAVA"), 1);
        long fileId = fixtures.attach(request, "proof.pdf", PDF).id;
        Document page = page(requestPath(request.id), Language.EN);
        String href = page.selectFirst("#evidence-files a").attr("href");
        assertThat(href).isEqualTo(requestPath(request.id) + "/files/" + fileId);
        Response file = browser(Language.EN).when().get(href);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition")).startsWith("attachment;").contains("proof.pdf");
        assertThat(file.asByteArray()).isEqualTo(PDF);
    }

    @Test
    @TestSecurity(user = "member-14", roles = "member")
    void theSignedCredentialLinkWorksWithThePageSession() {
        Member member = fixtures.member("member-14");
        Certificate certificate = fixtures.granted(member, fixtures.track("BACKEND_JAVA"), 1);
        String href = page(MINE, Language.FA).selectFirst("a.credential-link").attr("href");
        Response credential = browser(Language.FA).when().get(href);
        assertThat(credential.statusCode()).isEqualTo(200);
        assertThat(credential.asString()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(certificate.id).isPositive();
    }

    @Test
    @TestSecurity(user = "member-15", roles = "member")
    void anotherMembersRequestAndItsFilesAreNotFound() {
        Member owner = fixtures.member("owner-15");
        fixtures.member("member-15");
        CertificationRequest theirs = fixtures.request(owner, fixtures.track("BACKEND_JAVA"), 1);
        long fileId = fixtures.attach(theirs, "proof.pdf", PDF).id;
        assertThat(get(requestPath(theirs.id), Language.FA).statusCode()).isEqualTo(404);
        assertThat(get(requestPath(theirs.id) + "/files/" + fileId, Language.FA).statusCode()).isEqualTo(404);
        assertThat(get(requestPath(999_999), Language.FA).statusCode()).isEqualTo(404);
        PageForm own = PageForm.of(get(NEW, Language.FA), "#request-form", Language.FA);
        Response withdraw = new PageForm(requestPath(theirs.id) + "/withdraw", false, own.cookies(),
                java.util.Map.of("csrf-token", own.values().get("csrf-token"), "version",
                        List.of(Integer.toString(theirs.version))), List.of(), Language.FA).post();
        assertThat(withdraw.statusCode()).isEqualTo(404);
        assertThat(fixtures.reload(theirs.id).status).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    @TestSecurity(user = "member-16", roles = "member")
    void theDashboardLeadsMembersToTheirCertifications() {
        fixtures.member("member-16");
        Document dashboard = page("/me", Language.FA);
        assertThat(dashboard.selectFirst("#certifications-title").text()).isEqualTo("گواهی‌نامه‌های مهارت");
        assertThat(dashboard.selectFirst("#certifications-link").attr("href")).isEqualTo(MINE);
        assertThat(page("/me", Language.EN).selectFirst("#certifications-link").text()).isEqualTo("My certifications");
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        assertThat(get(MINE, Language.FA).statusCode()).isEqualTo(401);
        assertThat(get(NEW, Language.FA).statusCode()).isEqualTo(401);
        assertThat(get(requestPath(1), Language.FA).statusCode()).isEqualTo(401);
    }
}
