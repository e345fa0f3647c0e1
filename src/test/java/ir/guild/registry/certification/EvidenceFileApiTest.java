package ir.guild.registry.certification;

import static ir.guild.registry.common.SampleFiles.HTML;
import static ir.guild.registry.common.SampleFiles.JPEG;
import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.common.SampleFiles.PNG;
import static ir.guild.registry.common.SampleFiles.WEBP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import ir.guild.registry.common.Uploads;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;

/** Evidence files: accepted by what they contain, bounded in size and number, readable by the right people. */
@QuarkusTest
class EvidenceFileApiTest {

    private static final String REQUESTS = "/api/v1/certification-requests/";

    @Inject
    CertificationFixtures fixtures;

    @Inject
    MemberFixtures members;

    private CertificationRequest request;

    @BeforeEach
    void oneOpenRequest() {
        fixtures.clear();
        Member sara = fixtures.member("sara");
        fixtures.member("omid");
        request = fixtures.request(sara, fixtures.track("BACKEND_JAVA"), 2);
    }

    @AfterEach
    void clean() {
        fixtures.clear();
    }

    /** A form upload as a browser sends it, with the CSRF cookie and token every form carries. */
    private ValidatableResponse upload(String name, byte[] content, String claimedType) {
        return Uploads.form().multiPart("file", name, content, claimedType)
                .when().post(REQUESTS + request.id + "/files")
                .then();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theRequesterAttachesAPdfAndItIsListedWithTheRequest() {
        long audit = members.lastAuditId();
        upload("portfolio.pdf", PDF, "application/pdf")
                .statusCode(201)
                .body("fileName", equalTo("portfolio.pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .body("href", startsWith(REQUESTS + request.id + "/files/"));

        given().when().get(REQUESTS + "me")
                .then().statusCode(200)
                .body("items[0].files", hasSize(1))
                .body("items[0].files[0].fileName", equalTo("portfolio.pdf"))
                .body("items[0].version", equalTo(request.version + 1));
        assertThat(members.auditAfter(audit)).singleElement().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("certification-request.attach");
            assertThat(entry.actorRole).isEqualTo("member");
            assertThat(entry.summary).contains("application/pdf");
        });
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void imagesAreRecognisedByTheirContentWhateverTheyClaim() {
        upload("screen.png", PNG, "application/octet-stream").statusCode(201).body("mediaType", equalTo("image/png"));
        upload("photo", JPEG, "text/plain").statusCode(201)
                .body("mediaType", equalTo("image/jpeg"))
                .body("fileName", equalTo("photo.jpg"));
        upload("diagram.webp", WEBP, "image/webp").statusCode(201).body("mediaType", equalTo("image/webp"));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void anHtmlPageNamedLikeAPdfIsRefusedAndNamesTheFilesField() {
        upload("x.pdf", HTML, "application/pdf")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("files"))
                .body("errors[0].message", containsString("PDF"));
        assertThat(fixtures.fileCount(request.id)).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aFileLargerThanTheLimitIsRefused() {
        byte[] large = Arrays.copyOf(PDF, 4 * 1024 * 1024 + 1);
        Uploads.form().header("Accept-Language", "en").multiPart("file", "big.pdf", large, "application/pdf")
                .when().post(REQUESTS + request.id + "/files")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("files"))
                .body("errors[0].message", equalTo("A file may be at most 4096 KB."));
        assertThat(fixtures.fileCount(request.id)).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void anUploadLargerThanAnyRequestMayBeIs413() {
        byte[] huge = Arrays.copyOf(PDF, 33 * 1024 * 1024);
        upload("huge.pdf", huge, "application/pdf").statusCode(413);
        assertThat(fixtures.fileCount(request.id)).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void anEmptyFileAndAMissingFileAreRefused() {
        upload("empty.pdf", new byte[0], "application/pdf").statusCode(400).body("errors[0].field", equalTo("files"));
        Uploads.form().multiPart("note", "no file here")
                .when().post(REQUESTS + request.id + "/files")
                .then().statusCode(400).body("errors[0].field", equalTo("files"));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void anUploadWithMoreFieldsThanAreParsedIs413AndStoresNothing() {
        var form = Uploads.form().multiPart("file", "portfolio.pdf", PDF, "application/pdf");
        for (int i = 0; i < 1000; i++) {
            form = form.multiPart("note" + i, "x");
        }
        form.when().post(REQUESTS + request.id + "/files")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("The form has more fields than allowed"));
        assertThat(fixtures.fileCount(request.id)).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aSixthFileIsRefused() {
        for (int i = 0; i < 5; i++) {
            upload("page-" + i + ".pdf", PDF, "application/pdf").statusCode(201);
        }
        upload("page-6.pdf", PDF, "application/pdf").statusCode(400).body("errors[0].field", equalTo("files"));
        assertThat(fixtures.fileCount(request.id)).isEqualTo(5);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void noFileCanBeAddedOnceTheRequestIsWithdrawn() {
        given().contentType(ContentType.JSON).body("{}").when().post(REQUESTS + request.id + "/withdraw")
                .then().statusCode(200);
        upload("late.pdf", PDF, "application/pdf").statusCode(409);
        assertThat(fixtures.fileCount(request.id)).isZero();
    }

    @Test
    @TestSecurity(user = "omid", roles = "member")
    void anotherMemberCannotAttachToOrEvenSeeTheRequest() {
        upload("mine.pdf", PDF, "application/pdf").statusCode(404);
        assertThat(fixtures.fileCount(request.id)).isZero();
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void anAssessorCannotAttachEvidenceToSomeoneElsesRequest() {
        upload("planted.pdf", PDF, "application/pdf").statusCode(403);
        assertThat(fixtures.fileCount(request.id)).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theRequesterDownloadsTheFileAsAnAttachmentWithItsRealType() {
        String href = upload("گزارش کار.pdf", PDF, "text/html").statusCode(201).extract().path("href");
        byte[] body = given().when().get(href)
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment;"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(body).isEqualTo(PDF);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aFormUploadWithoutItsCsrfTokenIsRefused() {
        given().multiPart("file", "portfolio.pdf", PDF, "application/pdf")
                .when().post(REQUESTS + request.id + "/files")
                .then().statusCode(400);
        assertThat(fixtures.fileCount(request.id)).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void anApiClientSendsTheBareFileAndItIsCheckedTheSameWay() {
        given().contentType("application/pdf").body(PDF)
                .when().post(REQUESTS + request.id + "/files?fileName=cv.pdf")
                .then().statusCode(201)
                .body("fileName", equalTo("cv.pdf"))
                .body("mediaType", equalTo("application/pdf"));
        given().contentType("application/pdf").body(HTML)
                .when().post(REQUESTS + request.id + "/files?fileName=x.pdf")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("files"));
        assertThat(fixtures.fileCount(request.id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-assessor", roles = "assessor")
    void anAssessorDownloadsTheEvidence() {
        EvidenceFile file = fixtures.attach(request, "cv.pdf", PDF);
        byte[] body = given().when().get(REQUESTS + request.id + "/files/" + file.id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(body).isEqualTo(PDF);
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = "admin")
    void anAdminDownloadsTheEvidence() {
        EvidenceFile file = fixtures.attach(request, "shot.png", PNG);
        given().when().get(REQUESTS + request.id + "/files/" + file.id)
                .then().statusCode(200).contentType("image/png");
    }

    @Test
    @TestSecurity(user = "omid", roles = "member")
    void anotherMemberCannotDownloadTheEvidence() {
        EvidenceFile file = fixtures.attach(request, "cv.pdf", PDF);
        given().when().get(REQUESTS + request.id + "/files/" + file.id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "demo-counsel", roles = "counsel")
    void counselCannotDownloadTheEvidence() {
        EvidenceFile file = fixtures.attach(request, "cv.pdf", PDF);
        given().when().get(REQUESTS + request.id + "/files/" + file.id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aFileIsOnlyFoundUnderItsOwnRequest() {
        Member sara = members.reload(fixtures.reload(request.id).membershipNumber);
        CertificationRequest other = fixtures.request(sara, fixtures.track("DEVOPS"), 1);
        EvidenceFile file = fixtures.attach(request, "cv.pdf", PDF);
        given().when().get(REQUESTS + other.id + "/files/" + file.id).then().statusCode(404);
    }

    @Test
    void theApiDocumentDescribesBothWaysToSendEvidence() {
        String path = "paths.'/api/v1/certification-requests/{id}/files'.post.requestBody.content";
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(path + ".'multipart/form-data'", notNullValue())
                .body(path + ".'application/pdf'", notNullValue());
    }
}
