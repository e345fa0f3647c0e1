package ir.guild.registry.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for a journey, with a profile of its own that closing deletes, and the
 * steps every journey takes: signing in on Keycloak's page, signing out, typing into a field.
 */
final class Browser implements AutoCloseable {

    private final String app;
    private final Path profile;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(String app, Path profile, WebDriver driver) {
        this.app = app;
        this.profile = profile;
        this.driver = driver;
        this.wait = new ReloadTolerantWait(driver);
    }

    /**
     * Waits through a page's reload: pages reload after each form, and an element found just
     * before a reload goes stale. ChromeDriver reports that either as a stale element or, when the
     * reload lands between finding a node and reading it, as an "unknown error" that the node
     * "does not belong to the document"; both mean "not yet", and the condition is asked again.
     */
    private static final class ReloadTolerantWait extends WebDriverWait {

        ReloadTolerantWait(WebDriver driver) {
            super(driver, Duration.ofSeconds(45));
            ignoring(StaleElementReferenceException.class);
        }

        @Override
        public <V> V until(Function<? super WebDriver, ? extends V> condition) {
            return super.until((WebDriver driver) -> {
                try {
                    return condition.apply(driver);
                } catch (WebDriverException e) {
                    // A stale element goes on to the ignoring above; its message is not this one.
                    if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                        return null;
                    }
                    throw e;
                }
            });
        }
    }

    /** Opens a browser on a fresh profile for the application at {@code app} (ending in a slash). */
    static Browser open(String app) throws IOException {
        Path profile = Files.createTempDirectory("guild-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,2000");
        try {
            return new Browser(app, profile, new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(),
                    options));
        } catch (RuntimeException e) {
            try {
                deleteProfile(profile);
            } catch (IOException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits up to 45 seconds, through the reloads that follow each form. */
    WebDriverWait waiting() {
        return wait;
    }

    /** Opens {@code target}, which sends the browser to Keycloak's sign-in, and signs in there. */
    void signIn(String target, String username, String password) {
        driver.get(target);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(app));
    }

    void signOut() {
        driver.get(app + "logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    }

    /** Replaces what the field named {@code name} holds with {@code text}, typed. */
    void type(String name, String text) {
        var field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    private static void deleteProfile(Path profile) throws IOException {
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
