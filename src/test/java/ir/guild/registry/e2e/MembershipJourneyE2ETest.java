package ir.guild.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ir.guild.registry.membership.Applicants;

/**
 * The whole membership journey in a real browser against the real Keycloak: a newcomer
 * registers on Keycloak's page, applies in Persian, asks for a code to confirm their mobile on
 * the notification settings and sees a mistyped one refused next to its field, an admin
 * approves, and the newcomer signs in again to find their membership number.
 */
@QuarkusTest
@TestProfile(EndToEndProfile.class)
class MembershipJourneyE2ETest {

    @TestHTTPResource("/")
    String app;

    private Browser chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = Browser.open(app);
        browser = chromium.driver();
        wait = chromium.waiting();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
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
        chromium.type("fullName", "نیما فراهانی");
        chromium.type("fullNameLatin", "Nima Farahani");
        chromium.type("nationalId", toPersianDigits(nationalId));
        chromium.type("birthYear", "۱۳۷۲");
        new Select(browser.findElement(By.name("birthMonth"))).selectByIndex(5);
        chromium.type("birthDay", "۱۸");
        chromium.type("mobile", "۰۹۱۲۳۴۵۶۷۸۹");
        new Select(browser.findElement(By.name("province"))).selectByValue("ESFAHAN");
        chromium.type("city", "اصفهان");
        new Select(browser.findElement(By.name("educationLevel"))).selectByValue("BACHELOR");
        chromium.type("yearsOfExperience", "۵");
        browser.findElement(By.id("specialty-BACKEND")).click();
        new Select(browser.findElement(By.name("employmentStatus"))).selectByValue("FREELANCE");
        browser.findElement(By.name("consents.terms")).click();
        browser.findElement(By.name("consents.privacy")).click();
        browser.findElement(By.cssSelector("#application-form [type=submit]")).submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application")));
        assertThat(browser.getCurrentUrl()).isEqualTo(app + "me");

        // While waiting, the applicant asks for a code to confirm their mobile and mistypes it.
        browser.get(app + "me/notifications");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send-code-form")));
        assertThat(browser.findElement(By.id("mobile-masked")).getText()).isEqualTo("۰۹۱۲*****۸۹");
        assertThat(browser.findElement(By.id("mobile-status")).getAttribute("data-verified")).isEqualTo("false");
        assertThat(browser.findElement(By.id("sms")).isEnabled()).isFalse();
        browser.findElement(By.cssSelector("#send-code-form [type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-sent")));
        chromium.type("code", "۱۲۳۴۵");
        browser.findElement(By.cssSelector("#confirm-code-form [type=submit]")).click();
        WebElement codeError = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-error")));
        assertThat(codeError.getText()).isNotBlank();
        assertThat(browser.findElement(By.id("code")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("mobile-status")).getAttribute("data-verified")).isEqualTo("false");
        chromium.signOut();

        // An admin approves it on the queue.
        chromium.signIn(app + "admin/applications?q=" + nationalId, "demo-admin", "admin-pass");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href^='/admin/applications/']")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve-form")));
        new Select(browser.findElement(By.cssSelector("#approve-form select"))).selectByValue("MEMBER");
        browser.findElement(By.cssSelector("#approve-form [type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("application-status"), "data-status", "APPROVED"));
        chromium.signOut();

        // The newcomer signs in again and finds their membership.
        chromium.signIn(app + "me", email, password);
        String number = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("membership-number"))).getText();
        assertThat(number).matches("\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("person-name")).getText()).isEqualTo("نیما فراهانی");
    }

    private static String toPersianDigits(String digits) {
        StringBuilder persian = new StringBuilder();
        for (char c : digits.toCharArray()) {
            persian.append((char) ('۰' + (c - '0')));
        }
        return persian.toString();
    }
}
