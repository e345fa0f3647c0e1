package ir.guild.registry.certification.web;

import static ir.guild.registry.membership.web.PageForms.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

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
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.Language;

/**
 * Who sees which certification page: the requester their own request, assessors the queue,
 * admins the certificate page, and everyone else a refusal (403), a request that does not
 * exist for them (404) or, signed out, the sign-in (401 here, where OIDC is off).
 */
@QuarkusTest
class CertificationPagesAccessTest {

    private static final String OWNER = "owner-subject";

    @Inject
    CertificationFixtures fixtures;

    private CertificationRequest request;
    private Certificate certificate;

    @BeforeEach
    void prepare() {
        fixtures.clear();
        Member owner = fixtures.member(OWNER);
        Track track = fixtures.track("BACKEND_JAVA");
        certificate = fixtures.granted(owner, fixtures.track("WEB_FRONTEND"), 1);
        request = fixtures.request(owner, track, 1);
    }

    private String mine() {
        return "/me/certifications/requests/" + request.id;
    }

    private String review() {
        return "/assessor/requests/" + request.id;
    }

    private static int status(String path) {
        return get(path, Language.FA).statusCode();
    }

    /** A form post with a valid CSRF token, taken from the language switch of a page anyone may open. */
    private static Response post(String path, Map<String, List<String>> fields) {
        Response home = get("/tracks", Language.FA);
        String token = TrackPagesTest.parse(home).selectFirst("form[action=/lang] input[name=csrf-token]")
                .attr("value");
        Map<String, List<String>> values = new java.util.HashMap<>(fields);
        values.put("csrf-token", List.of(token));
        return new PageForm(path, false, home.getCookies(), values, List.of(), Language.FA).post();
    }

    private Response decide() {
        return post(review() + "/decision", Map.of("decision", List.of("GRANT"), "version",
                List.of(Integer.toString(request.version))));
    }

    private Response revoke() {
        return post("/admin/certificates/" + certificate.id + "/revoke", Map.of("reason", List.of("No"), "version",
                List.of(Integer.toString(certificate.version))));
    }

    /** Nothing a refused visitor did changed the request or the certificate. */
    private void nothingChanged() {
        assertThat(fixtures.reload(request.id).status).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(fixtures.certificate(certificate.id).isRevoked()).isFalse();
    }

    /** Someone signed in who is not the requester, an assessor or an admin. */
    private void refusedEverywhereButTheirOwnPage() {
        assertThat(status("/me/certifications")).isEqualTo(200);
        assertThat(status("/me/certifications/new")).isEqualTo(200);
        assertThat(status(mine())).isEqualTo(404);
        assertThat(status(mine() + "/files/1")).isEqualTo(404);
        assertThat(status("/assessor")).isEqualTo(403);
        assertThat(status(review())).isEqualTo(403);
        assertThat(status("/admin/certificates")).isEqualTo(403);
        assertThat(decide().statusCode()).isEqualTo(403);
        assertThat(revoke().statusCode()).isEqualTo(403);
        nothingChanged();
    }

    @Test
    @TestSecurity(user = OWNER, roles = "member")
    void theRequesterSeesTheirPagesButNotTheStaffPages() {
        assertThat(status("/me/certifications")).isEqualTo(200);
        assertThat(status("/me/certifications/new")).isEqualTo(200);
        assertThat(status(mine())).isEqualTo(200);
        assertThat(status("/assessor")).isEqualTo(403);
        assertThat(status(review())).isEqualTo(403);
        assertThat(status("/admin/certificates")).isEqualTo(403);
        assertThat(decide().statusCode()).isEqualTo(403);
        assertThat(revoke().statusCode()).isEqualTo(403);
        nothingChanged();
    }

    @Test
    @TestSecurity(user = "other-member", roles = "member")
    void anotherMemberIsToldTheRequestDoesNotExist() {
        fixtures.member("other-member");
        refusedEverywhereButTheirOwnPage();
    }

    @Test
    @TestSecurity(user = "assessor-1", roles = "assessor")
    void anAssessorReviewsOnTheAssessorPagesNotOnTheMembersOwn() {
        assertThat(status("/me/certifications")).isEqualTo(200);
        assertThat(status(mine())).isEqualTo(404);
        assertThat(status("/assessor")).isEqualTo(200);
        assertThat(status(review())).isEqualTo(200);
        assertThat(status("/admin/certificates")).isEqualTo(403);
        assertThat(revoke().statusCode()).isEqualTo(403);
        assertThat(fixtures.certificate(certificate.id).isRevoked()).isFalse();
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminUsesTheCertificatePageButDoesNotAssess() {
        assertThat(status("/me/certifications")).isEqualTo(200);
        assertThat(status(mine())).isEqualTo(404);
        assertThat(status("/assessor")).isEqualTo(403);
        assertThat(status(review())).isEqualTo(403);
        assertThat(decide().statusCode()).isEqualTo(403);
        assertThat(status("/admin/certificates")).isEqualTo(200);
        assertThat(fixtures.reload(request.id).status).isEqualTo(RequestStatus.SUBMITTED);
    }

    @Test
    @TestSecurity(user = "counsel-1", roles = "counsel")
    void counselAreRefused() {
        refusedEverywhereButTheirOwnPage();
    }

    @Test
    @TestSecurity(user = "partner-1", roles = "partner")
    void partnerFirmsAreRefused() {
        refusedEverywhereButTheirOwnPage();
    }

    @Test
    @TestSecurity(user = "applicant-1")
    void applicantsAreRefused() {
        refusedEverywhereButTheirOwnPage();
    }

    @Test
    void anonymousVisitorsMustSignIn() {
        for (String path : List.of("/me/certifications", "/me/certifications/new", mine(), "/assessor", review(),
                "/admin/certificates")) {
            assertThat(status(path)).as(path).isEqualTo(401);
        }
        assertThat(decide().statusCode()).isEqualTo(401);
        assertThat(revoke().statusCode()).isEqualTo(401);
        nothingChanged();
    }
}
