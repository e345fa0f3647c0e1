package ir.guild.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ir.guild.registry.membership.Applicants;

/**
 * The whole membership journey in a real browser against the real Keycloak: a newcomer
 * registers on Keycloak's page, applies in Persian, an admin approves, and the newcomer
 * signs in again to find their membership number.
 */
@QuarkusTest
@TestProfile(EndToEndProfile.class)
class MembershipJourneyE2ETest {

    @TestHTTPResource("/")
    String app;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("guild-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,2000");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        // Pages reload after each form; an element found just before a reload goes stale.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void aNewcomerRegistersAppliesInPersianIsApprovedAndSeesTheirNumber() {
        String email = "newcomer-" + System.nanoTime() + "@guild.example";
        String password = "Newcomer-pass-1";
        String nationalId = Applicants.nationalId();

        // Self-registration on Keycloak's page.
        browser.get(app + "apply");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href*='registration']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("firstName")));
        browser.findElement(By.id("firstName")).sendKeys("نیما");
        browser.findElement(By.id("lastName")).sendKeys("فراهانی");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("password-confirm")).sendKeys(password);
        browser.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();

        // Back on the app's form, in Persian, with the national ID typed in Persian digits.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-form")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        type("fullName", "نیما فراهانی");
        type("fullNameLatin", "Nima Farahani");
        type("nationalId", toPersianDigits(nationalId));
        type("birthYear", "۱۳۷۲");
        new Select(browser.findElement(By.name("birthMonth"))).selectByIndex(5);
        type("birthDay", "۱۸");
        type("mobile", "۰۹۱۲۳۴۵۶۷۸۹");
        new Select(browser.findElement(By.name("province"))).selectByValue("ESFAHAN");
        type("city", "اصفهان");
        new Select(browser.findElement(By.name("educationLevel"))).selectByValue("BACHELOR");
        type("yearsOfExperience", "۵");
        browser.findElement(By.id("specialty-BACKEND")).click();
        new Select(browser.findElement(By.name("employmentStatus"))).selectByValue("FREELANCE");
        browser.findElement(By.name("consents.terms")).click();
        browser.findElement(By.name("consents.privacy")).click();
        browser.findElement(By.cssSelector("#application-form [type=submit]")).submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application")));
        assertThat(browser.getCurrentUrl()).isEqualTo(app + "me");
        signOut();

        // An admin approves it on the queue.
        signIn(app + "admin/applications?q=" + nationalId, "demo-admin", "admin-pass");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href^='/admin/applications/']")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve-form")));
        new Select(browser.findElement(By.cssSelector("#approve-form select"))).selectByValue("MEMBER");
        browser.findElement(By.cssSelector("#approve-form [type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("application-status"), "data-status", "APPROVED"));
        signOut();

        // The newcomer signs in again and finds their membership.
        signIn(app + "me", email, password);
        String number = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("membership-number"))).getText();
        assertThat(number).matches("\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("person-name")).getText()).isEqualTo("نیما فراهانی");
    }

    private void type(String name, String text) {
        var field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
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

    private static String toPersianDigits(String digits) {
        StringBuilder persian = new StringBuilder();
        for (char c : digits.toCharArray()) {
            persian.append((char) ('۰' + (c - '0')));
        }
        return persian.toString();
    }
}
