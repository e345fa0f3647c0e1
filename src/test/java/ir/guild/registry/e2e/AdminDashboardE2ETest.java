package ir.guild.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ir.guild.registry.dashboard.DashboardData;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/**
 * An admin signs in and opens the dashboard in Persian and then in English: every chart is drawn
 * by the app's Chart.js (right to left in Persian, with Jalali week labels) from its table, which
 * stays in the page, folded, with the figures.
 */
@QuarkusTest
@TestProfile(EndToEndProfile.class)
class AdminDashboardE2ETest {

    static final List<String> CHARTS = List.of("weekly", "provinces", "grades", "tracks", "categories", "sla");

    @TestHTTPResource("/")
    String app;

    @Inject
    DashboardData data;

    private Browser chromium;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = Browser.open(app);
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    /** Every chart drawn on a visible canvas, from a table that is filled and folded away. */
    private void everyChartIsDrawnFromItsFilledTable() {
        for (String chart : CHARTS) {
            WebElement canvas = browser.findElement(By.id("chart-" + chart + "-canvas"));
            assertThat(canvas.isDisplayed()).as(chart).isTrue();
            assertThat(canvas.getSize().getWidth()).as(chart).isGreaterThan(100);
            assertThat(canvas.getSize().getHeight()).as(chart).isGreaterThan(100);
            assertThat(script("return Chart.getChart(arguments[0]) != null", canvas)).as(chart).isEqualTo(true);
            // Something was painted: the canvas is not one colour.
            assertThat(script("""
                    const c = arguments[0], pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                    for (let i = 4; i < pixels.length; i += 4) {
                        if (pixels[i + 3] !== pixels[3] || pixels[i] !== pixels[0]) return true;
                    }
                    return false;""", canvas)).as(chart + " painted").isEqualTo(true);

            WebElement table = browser.findElement(By.id("chart-" + chart + "-table"));
            List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
            assertThat(rows).as(chart).isNotEmpty();
            assertThat(rows.get(0).getAttribute("textContent").trim()).as(chart).isNotEmpty();
            assertThat(script("return arguments[0].closest('details').open", table)).as(chart).isEqualTo(false);
            assertThat(((Number) script("return Chart.getChart(arguments[0]).data.labels.length", canvas)).intValue())
                    .as(chart).isEqualTo(rows.size());
        }
    }

    @Test
    void anAdminSeesEveryChartDrawnInPersianAndInEnglish() {
        data.seed();
        chromium.signIn(app + "admin", "demo-admin", "admin-pass");
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("charts")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fa");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        everyChartIsDrawnFromItsFilledTable();

        WebElement weekly = browser.findElement(By.id("chart-weekly-canvas"));
        assertThat(script("return Chart.getChart(arguments[0]).data.labels[51]", weekly))
                .isEqualTo(JalaliDates.formatShortDate(DashboardData.weekStart(), Language.FA.locale()));
        assertThat(script("return Chart.getChart(arguments[0]).data.datasets.map(d => d.data[51])", weekly))
                .isEqualTo(List.of(6L, 4L));
        assertThat(script("return Chart.getChart(arguments[0]).options.scales.x.reverse", weekly)).isEqualTo(true);
        WebElement provinces = browser.findElement(By.id("chart-provinces-canvas"));
        assertThat(script("return Chart.getChart(arguments[0]).options.indexAxis", provinces)).isEqualTo("y");
        assertThat(script("return Chart.getChart(arguments[0]).options.scales.y.position", provinces))
                .isEqualTo("right");
        assertThat(browser.findElement(By.cssSelector("#fig-members [data-value]")).getText()).isEqualTo("۴");

        // The language switch in the header.
        browser.findElement(By.cssSelector("form[action='/lang'] button")).click();
        chromium.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("charts")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
        everyChartIsDrawnFromItsFilledTable();
        weekly = browser.findElement(By.id("chart-weekly-canvas"));
        assertThat(script("return Chart.getChart(arguments[0]).data.labels[51]", weekly))
                .isEqualTo(DashboardData.weekStart().toString());
        assertThat(script("return Chart.getChart(arguments[0]).options.scales.x.reverse", weekly)).isEqualTo(false);
        assertThat(script("return Chart.getChart(arguments[0]).data.labels",
                browser.findElement(By.id("chart-sla-canvas"))))
                .isEqualTo(List.of("Answered on time", "Answered late", "Waiting, within the deadline",
                        "Overdue, unanswered", "Ended unanswered"));
        assertThat(browser.findElement(By.cssSelector("#fig-members [data-value]")).getText()).isEqualTo("4");
    }
}
