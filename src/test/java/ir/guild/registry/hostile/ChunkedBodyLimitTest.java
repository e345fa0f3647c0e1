package ir.guild.registry.hostile;

import static ir.guild.registry.membership.web.PageForms.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import ir.guild.registry.membership.web.PageForms.PageForm;
import ir.guild.registry.web.Language;

/**
 * Bodies sent in chunks declare no length, so they are held to the JSON and form limits (1M each)
 * while they are read; and a form with more fields than the REST layer parses is the client's
 * error, never a 500.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    private static final String PROBE = "/api/v1/test-probe/validated";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json",
            "Accept", "application/json");

    @Test
    void aStreamedJsonBodyPastItsLimitIsRefused() {
        byte[] body = ("{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);

        RawPost.Answer answer = RawPost.sendChunked(RestAssured.port, "POST", PROBE, JSON, body);

        assertThat(answer.status()).as(answer.summary()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(answer.body()).contains("\"status\":413").contains("may not exceed 1048576 bytes");
    }

    @Test
    void aStreamedJsonBodyWithinItsLimitIsRead() {
        byte[] body = ("{\"name\":\"" + "س".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        RawPost.Answer answer = RawPost.sendChunked(RestAssured.port, "POST", PROBE, JSON, body);

        assertThat(answer.status()).as(answer.summary()).isEqualTo(200);
        assertThat(answer.body()).contains("\"name\":\"" + "س".repeat(200_000) + "\"");
    }

    @Test
    void aStreamedFormPastItsLimitGetsTheErrorPage() {
        // 700 fields of 2 KB: each within the field size limit, all within the field count.
        String fields = IntStream.range(0, 700).mapToObj(i -> "f" + i + "=" + "y".repeat(2048))
                .collect(Collectors.joining("&"));

        RawPost.Answer answer = RawPost.sendChunked(RestAssured.port, "POST", "/lang",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
                ("lang=en&" + fields).getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.status()).as(answer.summary()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(answer.body()).contains("حجم درخواست بیش از حد مجاز است.");
    }

    @Test
    void aStreamedFormWithinItsLimitIsRead() {
        PageForm form = PageForm.of(get("/", Language.FA), "form[action=/lang]", Language.FA).set("return", "/verify");
        String cookies = form.cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));

        RawPost.Answer answer = RawPost.sendChunked(RestAssured.port, "POST", form.action(),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html", "Cookie", cookies),
                form.urlEncoded().getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.status()).as(answer.summary()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/verify");
    }

    @Test
    void aFormWithMoreFieldsThanAreParsedIsRefusedNotAnError() {
        String fields = IntStream.range(0, 1001).mapToObj(i -> "f" + i + "=y")
                .collect(Collectors.joining("&"));

        RawPost.Answer answer = RawPost.send(RestAssured.port, "POST", "/lang",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json"),
                fields.getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.status()).as(answer.summary()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("more fields than allowed");
    }
}
