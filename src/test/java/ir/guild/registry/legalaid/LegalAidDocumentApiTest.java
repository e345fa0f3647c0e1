package ir.guild.registry.legalaid;

import static ir.guild.registry.common.SampleFiles.HTML;
import static ir.guild.registry.common.SampleFiles.JPEG;
import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.common.SampleFiles.PNG;
import static ir.guild.registry.common.SampleFiles.WEBP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Arrays;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

import ir.guild.registry.common.Uploads;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberFixtures;

/**
 * Documents of a case through the API: accepted by what they contain (PDF, PNG, JPEG, WebP),
 * bounded in size and number, nothing stored when refused, and downloaded as attachments only
 * from the case they belong to.
 */
@QuarkusTest
class LegalAidDocumentApiTest {

    private static final String CASES = "/api/v1/legal-aid/cases/";

    @Inject
    LegalAidFixtures fixtures;

    @Inject
    MemberFixtures members;

    @Inject
    CaseRecords records;

    Member sara;
    LegalAidCase filed;

    @BeforeEach
    void oneOpenCase() {
        fixtures.clear();
        sara = fixtures.member("sara");
        filed = fixtures.filedBy(sara);
    }

    @AfterEach
    void clean() {
        fixtures.clear();
    }

    /** The bare file as an API client sends it, with whatever type it claims. */
    private ValidatableResponse send(String name, byte[] content, String claimedType) {
        return given().header("Accept-Language", "en").contentType(claimedType).body(content)
                .when().post(CASES + filed.id + "/documents?fileName=" + name)
                .then();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void theMemberAddsAPdfAndItIsListedWithTheCaseAndAudited() {
        long audit = members.lastAuditId();
        int id = send("contract.pdf", PDF, "application/pdf")
                .statusCode(201)
                .header("Location", containsString(CASES + filed.id + "/documents/"))
                .body("fileName", equalTo("contract.pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .body("uploadedAt", notNullValue())
                .body("url", startsWith(CASES + filed.id + "/documents/"))
                .extract().path("id");
        given().when().get(CASES + filed.id).then().statusCode(200)
                .body("documents.id", contains(id))
                .body("documents[0].url", equalTo(CASES + filed.id + "/documents/" + id))
                .body("documents[0].content", nullValue());
        assertThat(members.auditAfter(audit)).first().satisfies(entry -> {
            assertThat(entry.action).isEqualTo("legal-aid-document.add");
            assertThat(entry.actorRole).isEqualTo("member");
            assertThat(entry.summary).contains("application/pdf").doesNotContain("contract");
        });
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void imagesAreRecognisedByTheirContentWhateverTypeTheyClaim() {
        send("screen.png", PNG, "application/octet-stream").statusCode(201).body("mediaType", equalTo("image/png"));
        send("photo", JPEG, "text/plain").statusCode(201)
                .body("mediaType", equalTo("image/jpeg"))
                .body("fileName", equalTo("photo.jpg"));
        send("chat.webp", WEBP, "image/webp").statusCode(201).body("mediaType", equalTo("image/webp"));
        send("payslip.pdf", PDF, "image/png").statusCode(201).body("mediaType", equalTo("application/pdf"));
        assertThat(records.documentCount(filed.id)).isEqualTo(4);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void anHtmlPageNamedLikeAPdfIsRefusedByTheFileFieldAndNothingIsStored() {
        send("contract.pdf", HTML, "application/pdf")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("file"))
                .body("errors[0].message", containsString("PDF"));
        send("page.html", HTML, "text/html").statusCode(400).body("errors.field", contains("file"));
        send("empty.pdf", new byte[0], "application/pdf").statusCode(400).body("errors.field", contains("file"));
        assertThat(records.documentCount(filed.id)).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aDocumentLargerThanTheLimitIsRefusedAndNothingIsStored() {
        byte[] large = Arrays.copyOf(PDF, 4 * 1024 * 1024 + 1);
        send("big.pdf", large, "application/pdf")
                .statusCode(400)
                .body("errors.field", contains("file"))
                .body("errors[0].message", equalTo("A file may be at most 4096 KB."));
        assertThat(records.documentCount(filed.id)).isZero();
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void anEleventhDocumentIsRefusedAndTheTenStay() {
        for (int i = 1; i <= 10; i++) {
            send("page-" + i + ".pdf", PDF, "application/pdf").statusCode(201);
        }
        send("page-11.pdf", PDF, "application/pdf")
                .statusCode(400)
                .body("errors.field", contains("file"))
                .body("errors[0].message", equalTo("A case may hold at most 10 documents."));
        assertThat(records.documentCount(filed.id)).isEqualTo(10);
        given().when().get(CASES + filed.id + "/documents?size=100").then().statusCode(200)
                .body("total", equalTo(10));
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aFormUploadCarriesTheCsrfTokenLikeEveryForm() {
        Uploads.form().multiPart("file", "screen.png", PNG, "image/png")
                .when().post(CASES + filed.id + "/documents")
                .then().statusCode(201)
                .body("fileName", equalTo("screen.png"))
                .body("mediaType", equalTo("image/png"));
        Uploads.form().multiPart("file", "x.pdf", HTML, "application/pdf")
                .when().post(CASES + filed.id + "/documents")
                .then().statusCode(400).body("errors.field", contains("file"));
        Uploads.form().multiPart("note", "no file here")
                .when().post(CASES + filed.id + "/documents")
                .then().statusCode(400).body("errors.field", contains("file"));
        given().multiPart("file", "forged.png", PNG, "image/png")
                .when().post(CASES + filed.id + "/documents")
                .then().statusCode(400);
        assertThat(records.documentCount(filed.id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aDownloadIsAnAttachmentOfTheStoredTypeAndNamesTheFileSafely() {
        CurrentPerson member = LegalAidFixtures.person(sara);
        long id = records.pdf(filed.id, member, "قرارداد کار.pdf").id;
        byte[] content = given().when().get(CASES + filed.id + "/documents/" + id)
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"___________.pdf\"; filename*=UTF-8''"
                        + "%D9%82%D8%B1%D8%A7%D8%B1%D8%AF%D8%A7%D8%AF%20%DA%A9%D8%A7%D8%B1.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();
        assertThat(content).isEqualTo(PDF);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aDocumentIsFoundOnlyUnderItsOwnCase() {
        CurrentPerson member = LegalAidFixtures.person(sara);
        LegalAidCase other = fixtures.filedBy(sara);
        long onOther = records.pdf(other.id, member, "other.pdf").id;
        given().when().get(CASES + filed.id + "/documents/" + onOther).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get(CASES + other.id + "/documents/" + onOther).then().statusCode(200);
        given().when().get(CASES + filed.id + "/documents/" + (onOther + 1000)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "sara", roles = "member")
    void aClosedCaseTakesNoMoreDocuments() {
        filed = fixtures.move(filed.id, LegalAidFixtures.counsel("counsel-1"), CaseStatus.DECLINED, "Not for us");
        send("late.pdf", PDF, "application/pdf").statusCode(409).contentType("application/problem+json");
        assertThat(records.documentCount(filed.id)).isZero();
    }
}
