package ir.guild.registry.partner.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.web.PageForms;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;

@QuarkusTest
class DevelopersPageTest {

    static final String DEVELOPERS = "/developers";
    static final String[] SECTIONS = { "access", "token", "verify", "batch", "share-codes", "errors", "rate-limits",
            "webhooks", "reference" };

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    @ConfigProperty(name = "guild.rate-limits.partner-verification.requests")
    int partnerRequests;

    @Test
    void anAnonymousVisitorReadsTheGuideInPersianFirstAndInEnglish() {
        Document persian = PageForms.page(DEVELOPERS, Language.FA);
        assertThat(persian.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(persian.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(persian.selectFirst("h1").text()).isEqualTo("راهنمای برنامه‌نویسان شرکای صنف");

        Document english = PageForms.page(DEVELOPERS, Language.EN);
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Guide for partner developers");
    }

    @Test
    void everyPageLeadsToTheGuideFromItsFooter() {
        for (Language language : Language.values()) {
            Document home = PageForms.page("/", language);
            assertThat(home.select("footer a[href=/developers]")).as("footer link in " + language).hasSize(1);
        }
        assertThat(PageForms.page("/verify", Language.FA).select("footer a[href=/developers]").text())
                .isEqualTo("راهنمای برنامه‌نویسان شرکت‌های همکار");
    }

    @Test
    @TestSecurity(user = "dev-admin", roles = Role.Names.ADMIN)
    void anAdminReadsTheGuide() {
        assertReadable();
    }

    @Test
    @TestSecurity(user = "dev-member", roles = Role.Names.MEMBER)
    void aMemberReadsTheGuide() {
        assertReadable();
    }

    @Test
    @TestSecurity(user = "dev-assessor", roles = Role.Names.ASSESSOR)
    void anAssessorReadsTheGuide() {
        assertReadable();
    }

    @Test
    @TestSecurity(user = "dev-counsel", roles = Role.Names.COUNSEL)
    void aCounselReadsTheGuide() {
        assertReadable();
    }

    @Test
    @TestSecurity(user = "dev-partner", roles = Role.Names.PARTNER)
    void aPartnerReadsTheGuide() {
        assertReadable();
    }

    @Test
    @TestSecurity(user = "dev-applicant")
    void anApplicantReadsTheGuide() {
        assertReadable();
    }

    @Test
    void everySectionHasAnAnchorInTheTableOfContents() {
        for (Language language : Language.values()) {
            Document page = PageForms.page(DEVELOPERS, language);
            for (String section : SECTIONS) {
                assertThat(page.select("section#" + section)).as(section).hasSize(1);
                Element link = page.selectFirst("nav#toc a[href=#" + section + "]");
                assertThat(link).as("contents link to " + section).isNotNull();
                assertThat(link.text()).isEqualTo(page.selectFirst("section#" + section + " h2").text());
            }
            PageForms.assertEveryFieldHasALabel(page);
        }
    }

    @Test
    void theTokenUrlIsThisInstallationsKeycloakRealm() {
        String tokenUrl = authServerUrl.replaceAll("/$", "") + "/protocol/openid-connect/token";
        assertThat(tokenUrl).startsWith("http").contains("/realms/");
        for (Language language : Language.values()) {
            Document page = PageForms.page(DEVELOPERS, language);
            assertThat(page.selectFirst("#token-url").text()).isEqualTo(tokenUrl);
            assertThat(page.selectFirst("#token-request").wholeText()).contains("'" + tokenUrl + "'")
                    .contains("grant_type=client_credentials");
        }
    }

    @Test
    void theRateLimitShownIsTheConfiguredOne() {
        Document english = PageForms.page(DEVELOPERS, Language.EN);
        assertThat(english.selectFirst("#rate-limit").text())
                .contains("at most " + LocalDigits.grouped(partnerRequests, Language.EN) + " verifications")
                .contains("window of 1 min");
        Document persian = PageForms.page(DEVELOPERS, Language.FA);
        assertThat(persian.selectFirst("#rate-limit").text())
                .contains("حداکثر " + LocalDigits.grouped(partnerRequests, Language.FA) + " بررسی")
                .contains("۱ دقیقه");
        assertThat(english.select("#too-many-example").text()).contains("Retry-After:");
        assertThat(english.selectFirst("#retries-text").text()).contains("12 tries").contains("5 s")
                .contains("1 h");
    }

    @Test
    void theVerificationExamplesUseTheRealFieldNames() {
        Document page = PageForms.page(DEVELOPERS, Language.EN);
        assertThat(page.selectFirst("#verify-request").wholeText())
                .contains("/api/v1/partner/verifications'").contains("\"membershipNumber\"")
                .contains("\"shareCode\"");
        assertThat(page.selectFirst("#verified-response").wholeText()).contains("\"verified\": true")
                .contains("\"holderName\"").contains("\"validUntil\"").contains("\"certificates\"")
                .contains("\"trackCode\"").contains("\"expiresAt\"");
        assertThat(page.selectFirst("#not-verified-response").wholeText()).contains("\"verified\": false");
        assertThat(page.selectFirst("#batch-request").wholeText()).contains("/api/v1/partner/verifications/batch")
                .contains("\"items\"");
        assertThat(page.selectFirst("#batch-text").text()).contains("up to 100 items").contains("413");
        for (String status : new String[] { "400", "401", "403", "404", "413", "429" }) {
            assertThat(page.select("#error-table tr[data-status=" + status + "]")).as(status).hasSize(1);
        }
    }

    @Test
    void everyCodeBlockReadsLeftToRightOnThePersianPage() {
        Document page = PageForms.page(DEVELOPERS, Language.FA);
        assertThat(page.select("pre")).hasSizeGreaterThan(10);
        for (Element code : page.select("pre, code")) {
            assertThat(code.closest("[dir=ltr]")).as(code.outerHtml()).isNotNull();
        }
    }

    @Test
    void theWebhookHeadersAreNamedAsTheyAreSent() {
        Document page = PageForms.page(DEVELOPERS, Language.EN);
        String call = page.selectFirst("#webhook-call").wholeText();
        assertThat(call).contains("Guild-Webhook-Id: ").contains("Guild-Webhook-Timestamp: ")
                .contains("Guild-Webhook-Signature: v1=");
        assertThat(page.selectFirst("#java-check").wholeText()).contains("HmacSHA256").contains("MessageDigest.isEqual")
                .contains("300");
        assertThat(page.selectFirst("#shell-check").wholeText()).contains("openssl dgst -sha256 -hmac");
        assertThat(page.selectFirst("#subscribe-request").wholeText()).contains("/api/v1/partner/subscriptions'")
                .contains("\"callbackUrl\"");
    }

    @Test
    void theWorkedSignatureExampleIsCorrect() throws Exception {
        Document page = PageForms.page(DEVELOPERS, Language.FA);
        String secret = page.selectFirst("#example-secret").wholeText();
        String timestamp = page.selectFirst("#example-timestamp").wholeText();
        String body = page.selectFirst("#example-body").wholeText();
        String signature = page.selectFirst("#example-signature").wholeText();

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of()
                .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        assertThat(signature).isEqualTo(expected);
        // The example call shows the same signed call.
        String call = page.selectFirst("#webhook-call").wholeText();
        assertThat(call).contains("Guild-Webhook-Timestamp: " + timestamp)
                .contains("Guild-Webhook-Signature: " + signature).endsWith(body + "\n");
    }

    @Test
    void theLinksToTheOpenApiDocumentAndSwaggerUiWork() {
        Document page = PageForms.page(DEVELOPERS, Language.EN);
        for (String link : new String[] { "#openapi-link", "#swagger-link" }) {
            String href = page.selectFirst(link).attr("href");
            assertThat(href).startsWith("/q/");
            given().redirects().follow(true).when().get(href).then().statusCode(200);
        }
        assertThat(page.selectFirst("#openapi-link").attr("href")).isEqualTo("/q/openapi");
        assertThat(page.selectFirst("#swagger-link").attr("href")).startsWith("/q/swagger-ui");
    }

    private static void assertReadable() {
        for (Language language : Language.values()) {
            Document page = PageForms.page(DEVELOPERS, language);
            assertThat(page.selectFirst("html").attr("dir")).isEqualTo(language.direction());
            assertThat(page.selectFirst("#token-url")).isNotNull();
        }
    }
}
