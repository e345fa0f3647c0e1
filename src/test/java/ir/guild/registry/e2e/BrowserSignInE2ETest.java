package ir.guild.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A person signs in on the real Keycloak login page in a real browser, sees their dashboard, and signs out. */
@QuarkusTest
@TestProfile(EndToEndProfile.class)
class BrowserSignInE2ETest {

    @TestHTTPResource("/")
    String app;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("guild-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void aMemberSignsInOnKeycloakSeesTheirNameOnMeAndSignsOut() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(app + "me");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(RunningKeycloak.get().realmUrl());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fa");

        browser.findElement(By.id("username")).sendKeys("demo-member");
        browser.findElement(By.id("password")).sendKeys("member-pass");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-name")));
        assertThat(browser.getCurrentUrl()).isEqualTo(app + "me");
        assertThat(browser.findElement(By.id("person-name")).getText()).isEqualTo(RunningKeycloak.DEMO_MEMBER_NAME);
        assertThat(browser.findElement(By.cssSelector("[data-testid=signed-in-name]")).getText())
                .isEqualTo(RunningKeycloak.DEMO_MEMBER_NAME);
        assertThat(browser.findElements(By.cssSelector("#person-roles [data-role=member]"))).hasSize(1);

        browser.findElement(By.cssSelector("a[href='/logout']")).click();
        // Keycloak sends the browser back to the home page (with the logout request's state).
        wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(app) + "(\\?state=[^&]+)?$"));
        assertThat(browser.findElements(By.cssSelector("a[href='/login']"))).hasSize(1);

        // Signed out for real: the dashboard asks for the Keycloak login again.
        browser.get(app + "me");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(RunningKeycloak.get().realmUrl());
    }

    @Test
    void someoneWhoChoseEnglishGetsTheEnglishLoginPage() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(app);
        browser.findElement(By.cssSelector("form[action='/lang'] button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        browser.findElement(By.cssSelector("a[href='/login']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(RunningKeycloak.get().realmUrl());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }
}
