package ir.guild.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ir.guild.registry.certification.CertificationFixtures;
import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.membership.Member;

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

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;
    private Path evidenceFile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("guild-chromium");
        evidenceFile = Files.createTempFile("portfolio", ".pdf");
        Files.writeString(evidenceFile, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n",
                StandardCharsets.US_ASCII);
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,2000");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        // Pages reload after each form; an element found just before a reload goes stale.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        Files.deleteIfExists(evidenceFile);
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
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
        signIn(app + "me/certifications/new?track=" + TRACK, "demo-member", "member-pass");
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
        signOut();

        // An assessor grants it from the queue.
        signIn(app + "assessor", "demo-assessor", "assessor-pass");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[href='/assessor/requests/" + requestId + "']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grant-form")));
        assertThat(new Select(browser.findElement(By.id("grant-level"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("2");
        browser.findElement(By.cssSelector("#grant-form [type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("request-status"), "data-status", "GRANTED"));
        assertThat(fixtures.reload(requestId).status).isEqualTo(RequestStatus.GRANTED);
        signOut();

        // The member finds the certificate, its signed credential and its printable page.
        signIn(app + "me/certifications", "demo-member", "member-pass");
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
        String qrTarget = decodeQr(fetchBytes(qrSource));
        assertThat(qrTarget).isEqualTo(shownTarget).endsWith("/verify/" + code);

        // The QR code's target, on this test's own address, says VALID.
        browser.get(app + URI.create(qrTarget).getRawPath().substring(1));
        wait.until(ExpectedConditions.attributeToBe(By.id("verify-status"), "data-status", "VALID"));
        assertThat(browser.findElement(By.id("certificate-code")).getText()).isEqualTo(code);
        signOut();

        // An admin revokes it.
        signIn(app + "admin/certificates?q=" + code, "demo-admin", "admin-pass");
        WebElement reason = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form.revoke-form textarea[name=reason]")));
        reason.sendKeys("مدارک ارائه‌شده جعلی بود.");
        browser.findElement(By.cssSelector("form.revoke-form [type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".certificate-result"), "data-status", "REVOKED"));
        signOut();

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

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
                .getText();
    }

    private void signIn(String target, String username, String password) {
        browser.get(target);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(app));
    }

    private void signOut() {
        browser.get(app + "logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    }
}
