package ir.guild.registry.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

import ir.guild.registry.common.Problem;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;

@QuarkusTest
class PublicCertificateApiTest {

    @Inject
    IssuedCertificates certificates;

    @Inject
    MemberFixtures members;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    @AfterEach
    void clean() {
        certificates.clear();
    }

    @Test
    void aValidCertificateAnswersWhatAVerifierNeedsAndNothingMore() {
        Member holder = members.approve("public-1");
        Certificate certificate = certificates.valid(holder);

        JsonPath json = given().when().get("/api/v1/public/certificates/" + certificate.displayCode())
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("X-Robots-Tag", "noindex")
                .header("Cache-Control", containsString("no-store"))
                .header("Content-Language", "en")
                .extract().jsonPath();

        assertThat(json.getMap("")).containsOnlyKeys("code", "holderName", "holderNameLatin", "trackCode",
                "trackTitle", "level", "issuedAt", "expiresAt", "status");
        assertThat(json.getString("code")).isEqualTo(certificate.displayCode()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(json.getString("holderName")).isEqualTo("سارا رضایی");
        assertThat(json.getString("holderNameLatin")).isEqualTo("Sara Rezaei");
        assertThat(json.getString("trackCode")).isEqualTo(IssuedCertificates.TRACK_CODE);
        assertThat(json.getString("trackTitle")).isEqualTo(IssuedCertificates.TRACK_EN);
        assertThat(json.getInt("level")).isEqualTo(2);
        assertThat(json.getString("issuedAt")).isEqualTo(certificate.issuedOn.toString());
        assertThat(json.getString("expiresAt")).isEqualTo(certificate.expiresOn.toString());
        assertThat(json.getString("status")).isEqualTo("VALID");
    }

    /** The busiest read of the guild goes to PostgreSQL without an entity manager, in one statement of its own. */
    @Test
    void aCheckReadsItsAnswerWithoutHibernate() {
        Certificate certificate = certificates.valid(members.approve("public-plain"));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            given().when().get("/api/v1/public/certificates/" + certificate.displayCode())
                    .then().statusCode(200).body("status", equalTo("VALID"));
            given().accept("text/html").when().get("/verify/" + certificate.displayCode())
                    .then().statusCode(200);
            assertThat(statistics.getPrepareStatementCount()).isZero();
            assertThat(statistics.getSessionOpenCount()).isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void theTrackTitleIsPersianForClientsThatAskForPersian() {
        Certificate certificate = certificates.valid(members.approve("public-2"));
        given().header("Accept-Language", "fa-IR, en;q=0.5")
                .when().get("/api/v1/public/certificates/" + certificate.displayCode())
                .then().statusCode(200)
                .header("Content-Language", "fa")
                .body("trackTitle", equalTo(IssuedCertificates.TRACK_FA));
    }

    @Test
    void aCertificatePastItsLastValidDayIsExpired() {
        Certificate certificate = certificates.expired(members.approve("public-3"));
        assertThat(statusOf(certificate)).isEqualTo("EXPIRED");
    }

    @Test
    void theCertificatesOfASuspendedOrRevokedMemberAreSuspended() {
        Certificate ofSuspended = certificates.valid(members.suspended("public-4"));
        Certificate ofRevoked = certificates.valid(members.revoked("public-5"));
        assertThat(statusOf(ofSuspended)).isEqualTo("SUSPENDED");
        assertThat(statusOf(ofRevoked)).isEqualTo("SUSPENDED");
    }

    @Test
    void aRevokedCertificateIsRevokedEvenWhenItHasAlsoExpiredAndItsHolderIsSuspended() {
        Certificate valid = certificates.valid(members.approve("public-6"));
        certificates.revoke(valid.id);
        Certificate everything = certificates.expired(members.suspended("public-7"));
        certificates.revoke(everything.id);
        assertThat(statusOf(valid)).isEqualTo("REVOKED");
        assertThat(statusOf(everything)).isEqualTo("REVOKED");
    }

    @Test
    void theCodeIsReadAsPeopleTypeIt() {
        Member holder = members.approve("public-8");
        Certificate certificate = certificates.issue(holder, "0A1B2C3D4E5F", 1, MemberFixtures.today().minusDays(10),
                MemberFixtures.today().plusYears(2));
        for (String typed : new String[] { "0A1B2C3D4E5F", "0a1b-2c3d-4e5f", "OAIB-2C3D-4E5F", "oalb 2c3d 4e5f",
                "۰A۱B-۲C۳D-۴E۵F" }) {
            given().urlEncodingEnabled(false)
                    .when().get("/api/v1/public/certificates/" + URLEncoder.encode(typed, StandardCharsets.UTF_8)
                            .replace("+", "%20"))
                    .then().statusCode(200)
                    .body("code", equalTo("0A1B-2C3D-4E5F"))
                    .body("status", equalTo("VALID"));
        }
        assertThat(certificate.displayCode()).isEqualTo("0A1B-2C3D-4E5F");
    }

    @Test
    void anUnknownOrMalformedCodeIs404ProblemJson() {
        certificates.valid(members.approve("public-9"));
        for (String code : new String[] { "ZZZZ-ZZZZ-ZZZZ", "ABC", "UUUU-UUUU-UUUU", "0A1B2C3D4E5F6", "hello world" }) {
            given().when().get("/api/v1/public/certificates/{code}", code)
                    .then().statusCode(404)
                    .contentType(containsString(Problem.MEDIA_TYPE))
                    .body("type", equalTo("urn:guild:problem:not-found"))
                    .body("status", equalTo(404));
        }
    }

    @Test
    void anonymousCallersGetThePublicAnswer() {
        assertSamePublicAnswer(certificates.valid(members.approve("public-10")));
    }

    @Test
    @TestSecurity(user = "public-23", roles = "member")
    void theHolderSeesTheSamePublicAnswerAsAnyoneElse() {
        assertSamePublicAnswer(certificates.valid(members.approve("public-23")));
    }

    @Test
    @TestSecurity(user = "public-11", roles = "member")
    void aMemberSeesTheSamePublicAnswer() {
        assertSamePublicAnswer(certificates.valid(members.approve("public-12")));
    }

    @Test
    @TestSecurity(user = "public-13", roles = "admin")
    void anAdminSeesTheSamePublicAnswer() {
        assertSamePublicAnswer(certificates.valid(members.approve("public-14")));
    }

    @Test
    @TestSecurity(user = "public-15", roles = "assessor")
    void anAssessorSeesTheSamePublicAnswer() {
        assertSamePublicAnswer(certificates.valid(members.approve("public-16")));
    }

    @Test
    @TestSecurity(user = "public-17", roles = "counsel")
    void counselSeesTheSamePublicAnswer() {
        assertSamePublicAnswer(certificates.valid(members.approve("public-18")));
    }

    @Test
    @TestSecurity(user = "public-19", roles = "partner")
    void aPartnerSeesTheSamePublicAnswer() {
        assertSamePublicAnswer(certificates.valid(members.approve("public-20")));
    }

    @Test
    @TestSecurity(user = "public-21")
    void anApplicantWithNoRoleSeesTheSamePublicAnswer() {
        assertSamePublicAnswer(certificates.valid(members.approve("public-22")));
    }

    /** The whole answer, field by field, as anyone (signed in or not) gets it. */
    private static void assertSamePublicAnswer(Certificate certificate) {
        Map<String, Object> answer = given().when().get("/api/v1/public/certificates/" + certificate.displayCode())
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(answer).containsExactlyInAnyOrderEntriesOf(Map.of(
                "code", certificate.displayCode(),
                "holderName", "سارا رضایی",
                "holderNameLatin", "Sara Rezaei",
                "trackCode", IssuedCertificates.TRACK_CODE,
                "trackTitle", IssuedCertificates.TRACK_EN,
                "level", 2,
                "issuedAt", certificate.issuedOn.toString(),
                "expiresAt", certificate.expiresOn.toString(),
                "status", "VALID"));
    }

    private static String statusOf(Certificate certificate) {
        return given().when().get("/api/v1/public/certificates/" + certificate.displayCode())
                .then().statusCode(200).extract().path("status");
    }
}
