package ir.guild.registry.hostile;

import static ir.guild.registry.common.SampleFiles.PDF;
import static ir.guild.registry.membership.web.PageForms.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import ir.guild.registry.certification.CertificationFixtures;
import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.Language;

/**
 * A URL-encoded form declared larger than guild.http.max-form-body-size (1M) is refused with 413
 * before it is read; multipart forms, which carry the uploads, keep the general limit.
 */
@QuarkusTest
class OversizedFormTest {

    private static final byte[] TWO_MB = ("reason=" + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);

    @Inject
    CertificationFixtures fixtures;

    @Test
    void aBrowserGetsTheErrorPage() {
        RawPost.Answer answer = RawPost.send(RestAssured.port, "POST", "/lang",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"), TWO_MB);
        assertThat(answer.status()).as(answer.failure()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(answer.body()).contains("413").contains("حجم درخواست بیش از حد مجاز است.");
    }

    @Test
    void anApiClientGetsAProblem() {
        RawPost.Answer answer = RawPost.send(RestAssured.port, "POST", "/lang",
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8", "Accept", "application/json"),
                TWO_MB);
        assertThat(answer.status()).as(answer.failure()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":413");
    }

    @Test
    @TestSecurity(user = "upload-member", roles = "member")
    void evidenceFilesOfTheLargestAllowedSizeStillUpload() {
        fixtures.clear();
        fixtures.member("upload-member");
        fixtures.track("BACKEND_JAVA");
        byte[] largest = Arrays.copyOf(PDF, 4 * 1024 * 1024);
        Response sent = PageForm.of(get("/me/certifications/new?track=BACKEND_JAVA", Language.EN), "#request-form",
                Language.EN).set("level", "1").set("evidence", "Three years of Java")
                .file("first.pdf", largest, "application/pdf").file("second.pdf", largest, "application/pdf").post();
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
        assertThat(fixtures.requestCount()).isEqualTo(1);
    }
}
