package ir.guild.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ir.guild.registry.certification.CertificationFixtures;
import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.PageChecks;

/**
 * The certification journey in a real browser against the real Keycloak: a member requests a
 * certification with evidence and a file, an assessor grants it on the queue, the member opens
 * the printable certificate and follows its QR code to the public check (VALID), an admin
 * revokes it, and the public check says REVOKED.
 */
@QuarkusTest
@TestProfile(EndToEndProfile.class)
class CertificationJourneyE2ETest {

    private static final String TRACK = "E2E_BACKEND";
    private static final String EVIDENCE = "پنج سال ساخت سرویس‌های پرداخت با جاوا و PostgreSQL.";

    @TestHTTPResource("/")
    String app;

    @Inject
    CertificationFixtures fixtures;

    private Browser chromium;
    private WebDriver browser;
    private WebDriverWait wait;
    private Path evidenceFile;

    @BeforeEach
    void openBrowser() throws IOException {
        evidenceFile = Files.createTempFile("portfolio", ".pdf");
        Files.writeString(evidenceFile, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n",
                StandardCharsets.US_ASCII);
        chromium = Browser.open(app);
        browser = chromium.driver();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = chromium.waiting();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        Files.deleteIfExists(evidenceFile);
    }

    @Test
    void aMemberIsCertifiedTheQrCheckShowsValidAndAfterRevocationRevoked() throws Exception {
        // demo-member is an active member in the registry, under their Keycloak account.
        fixtures.clear();
        String subject = RunningKeycloak.claims(RunningKeycloak.passwordGrantToken("guild-cli", "demo-member",
                "member-pass")).path("sub").asText();
        Member member = fixtures.member(subject);
        fixtures.track(TRACK);

        // The member requests the track, in Persian, with evidence, a link and a file.
        chromium.signIn(app + "me/certifications/new?track=" + TRACK, "demo-member", "member-pass");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-form")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(new Select(browser.findElement(By.id("trackCode"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(TRACK);
        new Select(browser.findElement(By.id("level"))).selectByValue("2");
        browser.findElement(By.id("evidence")).sendKeys(EVIDENCE);
        browser.findElement(By.id("link-1")).sendKeys("https://github.com/demo-member/ledger");
        browser.findElement(By.id("files")).sendKeys(evidenceFile.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#request-form [type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("request-status"), "data-status", "SUBMITTED"));
        String requestUrl = browser.getCurrentUrl();
        assertThat(requestUrl).contains("/me/certifications/requests/");
        long requestId = Long.parseLong(requestUrl.replaceAll(".*/requests/([0-9]+).*", "$1"));
        CertificationRequest request = fixtures.reload(requestId);
        assertThat(request.memberId).isEqualTo(member.id);
        assertThat(request.evidence).isEqualTo(EVIDENCE);
        assertThat(fixtures.fileCount(requestId)).isEqualTo(1);
        assertThat(browser.findElements(By.cssSelector("#evidence-files a"))).hasSize(1);
        chromium.signOut();

        // An assessor grants it from the queue.
        chromium.signIn(app + "assessor", "demo-assessor", "assessor-pass");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[href='/assessor/requests/" + requestId + "']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grant-form")));
        assertThat(new Select(browser.findElement(By.id("grant-level"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("2");
        browser.findElement(By.cssSelector("#grant-form [type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("request-status"), "data-status", "GRANTED"));
        assertThat(fixtures.reload(requestId).status).isEqualTo(RequestStatus.GRANTED);
        chromium.signOut();

        // The member finds the certificate, its signed credential and its printable page.
        chromium.signIn(app + "me/certifications", "demo-member", "member-pass");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#certificate-list tbody tr[data-status=VALID]")));
        String code = row.findElement(By.cssSelector("[data-field=code]")).getText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        String credentialHref = row.findElement(By.cssSelector("a.credential-link")).getAttribute("href");
        String credential = fetchText(credentialHref);
        assertThat(credential).as("the signed credential fetched with the page's session")
                .matches("200 [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        row.findElement(By.cssSelector("a.print-link")).click();
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("certificate-verification-link")));
        String shownTarget = link.getAttribute("href");
        String qrSource = browser.findElement(By.id("certificate-qr")).getAttribute("src");
        String qrTarget = PageChecks.decodeQr(fetchBytes(qrSource));
        assertThat(qrTarget).isEqualTo(shownTarget).endsWith("/verify/" + code);

        // The QR code's target, on this test's own address, says VALID.
        browser.get(app + URI.create(qrTarget).getRawPath().substring(1));
        wait.until(ExpectedConditions.attributeToBe(By.id("verify-status"), "data-status", "VALID"));
        assertThat(browser.findElement(By.id("certificate-code")).getText()).isEqualTo(code);
        chromium.signOut();

        // An admin revokes it.
        chromium.signIn(app + "admin/certificates?q=" + code, "demo-admin", "admin-pass");
        WebElement reason = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form.revoke-form textarea[name=reason]")));
        reason.sendKeys("مدارک ارائه‌شده جعلی بود.");
        browser.findElement(By.cssSelector("form.revoke-form [type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".certificate-result"), "data-status", "REVOKED"));
        chromium.signOut();

        // The public check now says REVOKED.
        browser.get(app + URI.create(qrTarget).getRawPath().substring(1));
        wait.until(ExpectedConditions.attributeToBe(By.id("verify-status"), "data-status", "REVOKED"));
    }

    /** The status and body of a GET made by the page itself, with its session cookie. */
    private String fetchText(String url) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                    .then(r => r.text().then(t => done(r.status + ' ' + t)))
                    .catch(e => done('failed ' + e));""", url);
    }

    private byte[] fetchBytes(String url) {
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                    .then(r => r.arrayBuffer())
                    .then(b => {
                        let s = '';
                        const bytes = new Uint8Array(b);
                        for (let i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
                        done(btoa(s));
                    })
                    .catch(e => done(''));""", url);
        return Base64.getDecoder().decode(base64);
    }
}
