package ir.guild.registry.certification.web;

import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.membership.web.PageForms.page;
import static org.assertj.core.api.Assertions.assertThat;

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
import ir.guild.registry.certification.Track;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;
import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.Language;

/** The admins' certificate page: finding certificates and revoking one. */
@QuarkusTest
class AdminCertificatesPageTest {

    private static final String PAGE = "/admin/certificates";

    @Inject
    CertificationFixtures fixtures;

    @Inject
    MemberFixtures members;

    @BeforeEach
    void clean() {
        fixtures.clear();
    }

    private static Element result(Document page, Certificate certificate) {
        return page.selectFirst(".certificate-result[data-certificate-id=" + certificate.id + "]");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminFindsACertificateByItsCodeTypedLooselyOrAllOfAMembersByNumber() {
        Member member = fixtures.member("m-1");
        Track java = fixtures.track("BACKEND_JAVA");
        Certificate first = fixtures.granted(member, java, 1);
        Certificate second = fixtures.granted(member, fixtures.track("WEB_FRONTEND"), 2);
        fixtures.granted(fixtures.member("m-2"), java, 1);

        Document empty = page(PAGE, Language.FA);
        assertThat(empty.selectFirst("h1").text()).isEqualTo("گواهی‌نامه‌ها");
        assertThat(empty.select(".certificate-result")).isEmpty();
        PageForms.assertEveryFieldHasALabel(empty);

        Document byCode = page(PAGE + "?q=" + first.publicCode.toLowerCase(), Language.FA);
        assertThat(byCode.select(".certificate-result")).hasSize(1);
        Element found = result(byCode, first);
        assertThat(found.attr("data-status")).isEqualTo("VALID");
        assertThat(found.selectFirst(".badge").text()).isEqualTo("معتبر");
        assertThat(found.text()).contains(first.displayCode()).contains("سارا رضایی");
        assertThat(found.selectFirst("form.revoke-form input[name=version]").attr("value"))
                .isEqualTo(Integer.toString(first.version));
        PageForms.assertEveryFieldHasALabel(byCode);

        Document byNumber = page(PAGE + "?q=" + member.membershipNumber, Language.EN);
        assertThat(byNumber.select(".certificate-result").eachAttr("data-certificate-id"))
                .containsExactlyInAnyOrder(first.id.toString(), second.id.toString());

        assertThat(page(PAGE + "?q=ZZZZ-ZZZZ-ZZZZ", Language.EN).selectFirst("#nothing-found").text())
                .isEqualTo("No certificate was found.");
        Response invalid = get(PAGE + "?q=hello", Language.EN);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(TrackPagesTest.parse(invalid).selectFirst("#q-error").text())
                .isEqualTo("This is neither a certificate code nor a membership number.");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void revokingNeedsAReasonAndThenShowsTheCertificateRevokedEverywhere() {
        Certificate certificate = fixtures.granted(fixtures.member("m-1"), fixtures.track("BACKEND_JAVA"), 1);
        Response shown = get(PAGE + "?q=" + certificate.displayCode(), Language.FA);
        String form = "#revoke-form-" + certificate.id;

        Response refused = PageForm.of(shown, form, Language.FA).set("reason", " ").post();
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = TrackPagesTest.parse(refused);
        assertThat(page.selectFirst("#revoke-reason-" + certificate.id).hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst(form + " [data-field=reason]").text()).isNotBlank();
        assertThat(fixtures.certificate(certificate.id).isRevoked()).isFalse();

        long auditBefore = members.lastAuditId();
        Response done = PageForm.of(shown, form, Language.FA).set("reason", "مدارک جعلی").post();
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).contains(PAGE + "?q=" + certificate.displayCode()).contains("done=revoked");
        assertThat(fixtures.certificate(certificate.id).revocationReason).isEqualTo("مدارک جعلی");
        assertThat(members.auditAfter(auditBefore)).extracting(entry -> entry.action).contains("certificate.revoke");

        Document after = page(PAGE + "?q=" + certificate.displayCode() + "&done=revoked", Language.FA);
        assertThat(after.selectFirst("#notice")).isNotNull();
        Element found = result(after, certificate);
        assertThat(found.attr("data-status")).isEqualTo("REVOKED");
        assertThat(found.selectFirst(".badge").text()).isEqualTo("لغوشده");
        assertThat(found.selectFirst("[data-field=revocationReason]").text()).isEqualTo("مدارک جعلی");
        assertThat(found.select("form")).isEmpty();
        assertThat(get("/verify/" + certificate.displayCode(), Language.EN).asString())
                .contains("data-status=\"REVOKED\"");

        // The same form sent again is stale: the certificate changed since that page was shown.
        Response stale = PageForm.of(shown, form, Language.EN).set("reason", "Again").post();
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(TrackPagesTest.parse(stale).selectFirst("#stale-alert")).isNotNull();
        assertThat(fixtures.certificate(certificate.id).revocationReason).isEqualTo("مدارک جعلی");
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void adminsFindThePageInTheNavigationInBothLanguages() {
        assertThat(page("/tracks", Language.FA).selectFirst("nav a[href=/admin/certificates]").text())
                .isEqualTo("گواهی‌های صادرشده");
        assertThat(page("/tracks", Language.EN).selectFirst("nav a[href=/admin/certificates]").text())
                .isEqualTo("Issued certificates");
    }

    @Test
    @TestSecurity(user = "member-1", roles = "member")
    void membersDoNotSeeTheAdminsLink() {
        assertThat(page("/tracks", Language.FA).select("nav a[href=/admin/certificates]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void revokingAnUnknownCertificateIsNotFound() {
        Response shown = get(PAGE, Language.FA);
        String token = TrackPagesTest.parse(shown).selectFirst("form[action=/lang] input[name=csrf-token]")
                .attr("value");
        Response missing = new PageForm(PAGE + "/999999/revoke", false, shown.getCookies(),
                java.util.Map.of("csrf-token", java.util.List.of(token), "reason", java.util.List.of("x"), "version",
                        java.util.List.of("0")), java.util.List.of(), Language.FA).post();
        assertThat(missing.statusCode()).isEqualTo(404);
    }
}
