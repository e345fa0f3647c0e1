package ir.guild.registry.certification.web;

import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.membership.web.PageForms.browser;
import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.membership.web.PageForms.page;
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

import ir.guild.registry.certification.Certificate;
import ir.guild.registry.certification.CertificationFixtures;
import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.certification.Track;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;

/** The assessors' queue, each request's page and the decisions made through it. */
@QuarkusTest
class AssessorPageTest {

    private static final String QUEUE = "/assessor";

    @Inject
    CertificationFixtures fixtures;

    @Inject
    MemberFixtures members;

    @BeforeEach
    void clean() {
        fixtures.clear();
    }

    private static String review(long id) {
        return QUEUE + "/requests/" + id;
    }

    private static List<String> rowIds(Document page) {
        return page.select("#queue tbody tr").eachAttr("data-request-id");
    }

    // --- the queue ----------------------------------------------------------------------

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void theQueueShowsSubmittedRequestsOldestFirstByDefault() {
        Track track = fixtures.track("BACKEND_JAVA");
        CertificationRequest first = fixtures.request(fixtures.member("m-1"), track, 1);
        CertificationRequest second = fixtures.request(fixtures.member("m-2"), track, 2);
        fixtures.needingInfo(fixtures.member("m-3"), track, 1);

        Document page = page(QUEUE, Language.FA);
        assertThat(page.selectFirst("h1").text()).isEqualTo("ارزیابی درخواست‌های گواهی‌نامه");
        assertThat(rowIds(page)).containsExactly(first.id.toString(), second.id.toString());
        assertThat(page.selectFirst("#status option[selected]").attr("value")).isEqualTo("SUBMITTED");
        Element row = page.selectFirst("#queue tbody tr");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo(review(first.id));
        assertThat(row.selectFirst("a").text()).isEqualTo("سارا رضایی");
        assertThat(row.selectFirst("time").text())
                .isEqualTo(JalaliDates.formatDateTime(first.submittedAt, Language.FA.locale(), GuildClock.ZONE));
        assertThat(row.selectFirst(".badge").text()).isEqualTo("در انتظار ارزیابی");
        assertThat(page.selectFirst("#queue-total").text()).isEqualTo("۲ درخواست");
        PageForms.assertEveryFieldHasALabel(page);
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void theQueueFiltersByStatusAndTrackAndPagesThroughLongLists() {
        Track java = fixtures.track("BACKEND_JAVA");
        Track web = fixtures.track("WEB_FRONTEND");
        CertificationRequest asked = fixtures.needingInfo(fixtures.member("m-1"), java, 1);
        CertificationRequest onWeb = fixtures.request(fixtures.member("m-2"), web, 1);
        fixtures.request(fixtures.member("m-3"), java, 1);

        assertThat(rowIds(page(QUEUE + "?status=NEEDS_INFO", Language.EN))).containsExactly(asked.id.toString());
        assertThat(rowIds(page(QUEUE + "?status=SUBMITTED&track=WEB_FRONTEND", Language.EN)))
                .containsExactly(onWeb.id.toString());
        Document any = page(QUEUE + "?status=ANY&track=backend_java", Language.EN);
        assertThat(rowIds(any)).hasSize(2);
        assertThat(any.selectFirst("#track option[selected]").attr("value")).isEqualTo("BACKEND_JAVA");
        assertThat(any.selectFirst("#status option[selected]").text()).isEqualTo("All");
        assertThat(page(QUEUE + "?status=GRANTED", Language.EN).selectFirst("#queue-empty").text())
                .isEqualTo("No requests match.");
        assertThat(get(QUEUE + "?status=SOMETHING", Language.EN).statusCode()).isEqualTo(400);

        for (int i = 0; i < AssessorPage.PAGE_SIZE; i++) {
            fixtures.request(fixtures.member("bulk-" + i), web, 1);
        }
        Document first = page(QUEUE + "?track=WEB_FRONTEND", Language.EN);
        assertThat(rowIds(first)).hasSize(AssessorPage.PAGE_SIZE).first().isEqualTo(onWeb.id.toString());
        assertThat(first.selectFirst("#pagination a[rel=next]").attr("href"))
                .isEqualTo("/assessor?status=SUBMITTED&track=WEB_FRONTEND&page=2");
        assertThat(rowIds(page(QUEUE + "?status=SUBMITTED&track=WEB_FRONTEND&page=2", Language.EN))).hasSize(1);
    }

    // --- one request --------------------------------------------------------------------

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void theRequestPageShowsTheRequesterTheEvidenceTheFilesAndTheirCertificates() {
        Member member = fixtures.member("m-1");
        Track java = fixtures.track("BACKEND_JAVA");
        Certificate earlier = fixtures.granted(member, fixtures.track("WEB_FRONTEND"), 1);
        CertificationRequest request = fixtures.request(member, java, 2);
        long fileId = fixtures.attach(request, "proof.pdf", PDF).id;

        Document page = page(review(request.id), Language.FA);
        assertThat(page.selectFirst("h1").text()).contains("سارا رضایی").contains("Sara Rezaei");
        assertThat(page.selectFirst("#request-status").attr("data-status")).isEqualTo("SUBMITTED");
        assertThat(page.selectFirst("[data-field=membershipNumber]").text())
                .isEqualTo(LocalDigits.of(member.membershipNumber, Language.FA));
        assertThat(page.selectFirst("[data-field=track]").text()).contains("مسیر BACKEND_JAVA");
        assertThat(page.selectFirst("[data-field=level]").text()).isEqualTo("۲");
        assertThat(page.selectFirst("#evidence-text").wholeText()).isEqualTo(CertificationFixtures.EVIDENCE);
        Element link = page.selectFirst("#evidence-links a");
        assertThat(link.attr("href")).isEqualTo(CertificationFixtures.LINK);
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener ugc");
        assertThat(page.selectFirst("#evidence-files a").attr("href")).isEqualTo(review(request.id) + "/files/" + fileId);
        assertThat(page.selectFirst("#requester-certificates [data-certificate-id=" + earlier.id + "]").text())
                .contains(earlier.displayCode()).contains("معتبر");
        assertThat(page.select("#grant-form, #deny-form, #info-form")).hasSize(3);
        assertThat(page.select("#grant-level option").eachAttr("value")).containsExactly("1", "2");
        assertThat(page.selectFirst("#grant-level option[selected]").attr("value")).isEqualTo("2");
        assertThat(page.selectFirst("#grant-form input[name=version]").attr("value"))
                .isEqualTo(Integer.toString(fixtures.reload(request.id).version));
        assertThat(page.select("#own-request")).isEmpty();
        PageForms.assertEveryFieldHasALabel(page);

        Response file = browser(Language.FA).when().get(review(request.id) + "/files/" + fileId);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.asByteArray()).isEqualTo(PDF);
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void grantingThroughThePageIssuesTheCertificateAtTheChosenLevel() {
        CertificationRequest request = fixtures.request(fixtures.member("m-1"), fixtures.track("BACKEND_JAVA"), 3);
        long auditBefore = members.lastAuditId();
        Response done = PageForm.of(get(review(request.id), Language.FA), "#grant-form", Language.FA)
                .set("level", "۲").set("reason", "کار خوب").post();
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith(review(request.id));

        CertificationRequest granted = fixtures.reload(request.id);
        assertThat(granted.status).isEqualTo(RequestStatus.GRANTED);
        assertThat(granted.grantedLevel).isEqualTo(2);
        assertThat(fixtures.certificateOfRequest(request.id).level).isEqualTo(2);
        assertThat(members.auditAfter(auditBefore)).extracting(entry -> entry.action)
                .contains("certification-request.grant");

        Document page = page(review(request.id), Language.EN);
        assertThat(page.selectFirst("#request-status").attr("data-status")).isEqualTo("GRANTED");
        assertThat(page.selectFirst("#request-status").text()).isEqualTo("Granted");
        assertThat(page.selectFirst("[data-field=grantedLevel]").text()).isEqualTo("2");
        assertThat(page.select("#grant-form, #deny-form, #info-form")).isEmpty();
        assertThat(page.selectFirst("#no-decision")).isNotNull();
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void denyingNeedsAReasonShownNextToTheFieldThenDenies() {
        CertificationRequest request = fixtures.request(fixtures.member("m-1"), fixtures.track("BACKEND_JAVA"), 1);
        Response shown = get(review(request.id), Language.FA);
        Response refused = PageForm.of(shown, "#deny-form", Language.FA).set("reason", "  ").post();
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = TrackPagesTest.parse(refused);
        assertThat(page.selectFirst("#deny-reason").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#deny-form [data-field=reason]").text()).isNotBlank();
        assertThat(page.selectFirst("#info-reason").hasClass("is-invalid")).isFalse();
        assertThat(fixtures.reload(request.id).status).isEqualTo(RequestStatus.SUBMITTED);

        Response done = PageForm.of(shown, "#deny-form", Language.FA).set("reason", "شواهد کافی نیست").post();
        assertThat(done.statusCode()).isEqualTo(303);
        CertificationRequest denied = fixtures.reload(request.id);
        assertThat(denied.status).isEqualTo(RequestStatus.DENIED);
        assertThat(denied.decisionReason).isEqualTo("شواهد کافی نیست");
        assertThat(page(review(request.id), Language.FA).selectFirst("#request-status").text())
                .isEqualTo("پذیرفته نشد");
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void askingForInformationSendsTheRequestBackToTheMemberAndAStaleDecisionIsExplained() {
        CertificationRequest request = fixtures.request(fixtures.member("m-1"), fixtures.track("BACKEND_JAVA"), 1);
        Response shown = get(review(request.id), Language.EN);
        Response done = PageForm.of(shown, "#info-form", Language.EN).set("reason", "Add the repository").post();
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(fixtures.reload(request.id).status).isEqualTo(RequestStatus.NEEDS_INFO);
        Document now = page(review(request.id), Language.EN);
        assertThat(now.selectFirst("#request-status").attr("data-status")).isEqualTo("NEEDS_INFO");
        // Only a denial is left while the member answers.
        assertThat(now.select("#deny-form")).hasSize(1);
        assertThat(now.select("#grant-form, #info-form")).isEmpty();

        // The grant form of the page shown before carries the old version.
        Response stale = PageForm.of(shown, "#grant-form", Language.EN).post();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(TrackPagesTest.parse(stale).selectFirst("#stale-alert").text())
                .contains("your decision was not recorded");
        assertThat(fixtures.reload(request.id).status).isEqualTo(RequestStatus.NEEDS_INFO);
        assertThat(fixtures.certificateCount()).isZero();
    }

    @Test
    @TestSecurity(user = "assessor-member", roles = { "assessor", "member" })
    void anAssessorLookingAtTheirOwnRequestSeesANoticeAndNoFormsAndTheirDecisionIsRefused() {
        Member self = fixtures.member("assessor-member");
        CertificationRequest own = fixtures.request(self, fixtures.track("BACKEND_JAVA"), 1);
        CertificationRequest other = fixtures.request(fixtures.member("m-2"), fixtures.track("BACKEND_JAVA"), 1);

        Response shown = get(review(own.id), Language.FA);
        Document page = TrackPagesTest.parse(shown);
        assertThat(page.selectFirst("#own-request").text()).contains("درخواست خود شماست");
        assertThat(page.select("#grant-form, #deny-form, #info-form")).isEmpty();

        // A grant form taken from another request's page, sent to their own.
        Response refused = PageForm.of(get(review(other.id), Language.FA), "#grant-form", Language.FA)
                .set("version", Integer.toString(fixtures.reload(own.id).version)).post(review(own.id) + "/decision");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(TrackPagesTest.parse(refused).selectFirst("#own-request")).isNotNull();
        assertThat(fixtures.reload(own.id).status).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(fixtures.certificateCount()).isZero();
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void anUnknownRequestIsNotFound() {
        assertThat(get(review(999_999), Language.FA).statusCode()).isEqualTo(404);
    }
}
