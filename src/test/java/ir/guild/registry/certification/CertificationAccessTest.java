package ir.guild.registry.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import ir.guild.registry.common.SampleFiles;
import ir.guild.registry.membership.Member;

/**
 * Every certification endpoint with every role. Bodies are chosen so that a caller who is
 * allowed through gets a validation or version error rather than changing anything, so
 * each role's answers can be checked in one go against the same data.
 */
@QuarkusTest
class CertificationAccessTest {

    private static final String REQUESTS = "/api/v1/certification-requests/";

    @Inject
    CertificationFixtures fixtures;

    private CertificationRequest request;
    private EvidenceFile file;
    private Certificate certificate;

    @BeforeEach
    void sarasRequestAndCertificate() {
        fixtures.clear();
        Member sara = fixtures.member("sara");
        fixtures.member("omid");
        request = fixtures.request(sara, fixtures.track("BACKEND_JAVA"), 2);
        file = fixtures.attach(request, "cv.pdf", SampleFiles.PDF);
        request = fixtures.reload(request.id);
        certificate = fixtures.granted(sara, fixtures.track("DEVOPS"), 1);
    }

    @AfterEach
    void clean() {
        fixtures.clear();
    }

    /** Each endpoint, called with a body that changes nothing even when the caller is allowed. */
    private Map<String, Supplier<Response>> endpoints() {
        Map<String, Supplier<Response>> calls = new LinkedHashMap<>();
        calls.put("submit", () -> json().body("{}").post(REQUESTS));
        calls.put("mine", () -> given().get(REQUESTS + "me"));
        calls.put("read", () -> given().get(REQUESTS + request.id));
        calls.put("resubmit", () -> json().body("{}").put(REQUESTS + request.id));
        calls.put("withdraw", () -> json().body("{\"version\": -1}").post(REQUESTS + request.id + "/withdraw"));
        calls.put("attach", () -> given().contentType("application/octet-stream").body(new byte[0])
                .post(REQUESTS + request.id + "/files"));
        calls.put("download", () -> given().get(REQUESTS + request.id + "/files/" + file.id));
        calls.put("queue", () -> given().get("/api/v1/assessor/certification-requests"));
        calls.put("decide", () -> json().body("{}")
                .post("/api/v1/assessor/certification-requests/" + request.id + "/decision"));
        calls.put("certificates", () -> given().get("/api/v1/certificates/me"));
        calls.put("certificate", () -> given().get("/api/v1/admin/certificates/" + certificate.id));
        calls.put("revoke", () -> json().body("{}").post("/api/v1/admin/certificates/" + certificate.id + "/revoke"));
        return calls;
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private void everyEndpointAnswers(Map<String, Integer> expected) {
        Map<String, Supplier<Response>> calls = endpoints();
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(calls.keySet());
        List<String> wrong = new ArrayList<>();
        calls.forEach((name, call) -> {
            Response response = call.get();
            if (response.statusCode() != expected.get(name)) {
                wrong.add(name + ": " + response.statusCode() + " instead of " + expected.get(name));
            }
            if (response.statusCode() >= 400) {
                assertThat(response.contentType()).as(name).startsWith("application/problem+json");
            }
        });
        assertThat(wrong).isEmpty();
        CertificationRequest after = fixtures.reload(request.id);
        assertThat(after.status).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(after.version).isEqualTo(request.version);
        assertThat(fixtures.fileCount(request.id)).isEqualTo(1);
        assertThat(fixtures.certificate(certificate.id).isRevoked()).isFalse();
    }

    private static Map<String, Integer> answers(int submit, int mine, int read, int resubmit, int withdraw,
            int attach, int download, int queue, int decide, int certificates, int certificate, int revoke) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("submit", submit);
        answers.put("mine", mine);
        answers.put("read", read);
        answers.put("resubmit", resubmit);
        answers.put("withdraw", withdraw);
        answers.put("attach", attach);
        answers.put("download", download);
        answers.put("queue", queue);
        answers.put("decide", decide);
        answers.put("certificates", certificates);
        answers.put("certificate", certificate);
        answers.put("revoke", revoke);
        return answers;
    }

    @Test
    void anonymousCallersAre401Everywhere() {
        everyEndpointAnswers(answers(401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theRequesterReachesTheirOwnRequestButNoStaffEndpoint() {
        everyEndpointAnswers(answers(400, 200, 200, 400, 409, 400, 200, 403, 403, 200, 403, 403));
    }

    @Test
    @TestSecurity(user = "omid", roles = "member")
    void anotherMemberIsToldTheRequestDoesNotExist() {
        everyEndpointAnswers(answers(400, 200, 404, 404, 404, 404, 404, 403, 403, 200, 403, 403));
    }

    @Test
    @TestSecurity(user = "stranger")
    void anApplicantCannotRequestAndSeesNothingOfOthers() {
        everyEndpointAnswers(answers(403, 200, 404, 404, 404, 404, 404, 403, 403, 200, 403, 403));
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void anAssessorReadsAndDecidesButCannotChangeTheMembersRequest() {
        everyEndpointAnswers(answers(403, 200, 200, 403, 403, 403, 200, 200, 400, 200, 403, 403));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anAdminReadsRequestsAndRevokesButDoesNotDecide() {
        everyEndpointAnswers(answers(403, 200, 200, 403, 403, 403, 200, 403, 403, 200, 200, 400));
    }

    @Test
    @TestSecurity(user = "demo-counsel", roles = "counsel")
    void counselSeeNoCertificationRequests() {
        everyEndpointAnswers(answers(403, 200, 404, 404, 404, 404, 404, 403, 403, 200, 403, 403));
    }

    @Test
    @TestSecurity(user = "demo-partner", roles = "partner")
    void partnerFirmsHaveNoPartInCertificationRequests() {
        everyEndpointAnswers(answers(403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403));
    }
}
