package ir.guild.registry.dashboard.web;

import static ir.guild.registry.membership.web.PageForms.parseValid;
import static ir.guild.registry.membership.web.PageForms.get;
import static ir.guild.registry.web.PageChecks.persianDigits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ir.guild.registry.dashboard.DashboardData;
import ir.guild.registry.reference.Province;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;

/** The figures and chart tables of {@code /admin}, against the known data set of {@link DashboardData}. */
@QuarkusTest
@TestSecurity(user = "demo-admin", roles = "admin")
class DashboardPageTest {

    static final List<String> CHARTS = List.of("weekly", "provinces", "grades", "tracks", "categories", "sla");

    @Inject
    DashboardData data;

    static boolean seeded;

    @BeforeEach
    void seed() {
        if (!seeded) {
            data.seed();
            seeded = true;
        }
    }

    private static Document open(Language language) {
        return parseValid(get("/admin", language).then().statusCode(200).extract().response());
    }

    private static List<String> row(Element table, String key) {
        return table.select("tr[data-key=" + key + "] > *").eachText();
    }

    @Test
    void thePersianPageShowsTheFiguresInPersianDigitsWithJalaliDates() {
        Document page = open(Language.FA);
        assertThat(page.selectFirst("#fig-waiting [data-value]").attr("data-value")).isEqualTo("2");
        assertThat(page.selectFirst("#fig-waiting").text()).contains("۲", "قدیمی‌ترین از ۱۰ روز پیش",
                "۱ درخواست در انتظار پاسخ متقاضی");
        assertThat(page.selectFirst("#fig-members [data-value]").text()).isEqualTo("۴");
        assertThat(page.selectFirst("#fig-members").text()).contains("منقضی: ۱ · تعلیق‌شده: ۱ · لغوشده: ۱");
        assertThat(page.selectFirst("#fig-certificates [data-value]").text()).isEqualTo("۳");
        assertThat(page.selectFirst("#fig-certificates").text())
                .contains("از " + JalaliDates.formatDate(JalaliDates.monthStart(DashboardData.today()),
                        Language.FA.locale()));
        assertThat(page.selectFirst("#fig-legal-aid [data-value]").text()).isEqualTo("۴");
        assertThat(page.selectFirst("#fig-legal-aid [data-overdue]").text())
                .isEqualTo("۲ پرونده گذشته از مهلت پاسخ نخست");
        assertThat(page.selectFirst("#fig-verifications [data-value]").text()).isEqualTo("۲");
        assertThat(page.selectFirst("#fig-verifications").text()).contains("۱ تأییدشده");
    }

    @Test
    void everyChartHasACanvasDrawnFromItsFilledTableAndThePageLoadsTheAppsChartScripts() {
        Document page = open(Language.FA);
        for (String chart : CHARTS) {
            Element canvas = page.getElementById("chart-" + chart + "-canvas");
            assertThat(canvas).as(chart).isNotNull();
            Element table = page.getElementById(canvas.attr("data-table"));
            assertThat(table).as(chart).isNotNull();
            assertThat(table.select("tbody tr")).as(chart).isNotEmpty();
            assertThat(table.select("tbody td").eachAttr("data-value")).as(chart).allMatch(v -> v.matches("[0-9]+"));
            assertThat(canvas.attr("aria-labelledby")).isEqualTo("chart-" + chart + "-title");
        }
        assertThat(page.select("script").eachAttr("src"))
                .containsExactly("/webjars/chart.js/dist/chart.umd.min.js", "/js/charts.js");
        assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
    }

    @Test
    void theTablesHoldTheSeededFiguresInPersian() {
        Document page = open(Language.FA);
        Element weekly = page.getElementById("chart-weekly-table");
        assertThat(weekly.select("tbody tr")).hasSize(52);
        LocalDate thisWeek = DashboardData.weekStart();
        Element last = weekly.select("tbody tr").last();
        assertThat(last.selectFirst("time").attr("datetime")).isEqualTo(thisWeek.toString());
        assertThat(last.selectFirst("th").text()).isEqualTo(JalaliDates.formatShortDate(thisWeek, Language.FA.locale()))
                .startsWith("۱۴");
        assertThat(last.select("td").eachText()).containsExactly("۶", "۴");

        Element provinces = page.getElementById("chart-provinces-table");
        assertThat(provinces.select("tbody tr")).hasSize(Province.values().length);
        assertThat(row(provinces, "TEHRAN")).containsExactly("تهران", "۲");
        assertThat(row(provinces, "KERMAN")).containsExactly("کرمان", "۰");
        assertThat(row(page.getElementById("chart-grades-table"), "MEMBER")).containsExactly("عضو پیوسته", "۲");
        assertThat(row(page.getElementById("chart-tracks-table"), "DASH_A")).containsExactly("مسیر DASH_A", "۳");
        assertThat(row(page.getElementById("chart-categories-table"), "UNPAID_WAGES"))
                .containsExactly("دستمزد معوق", "۳");
        assertThat(row(page.getElementById("chart-sla-table"), "ON_TIME")).containsExactly("پاسخ در مهلت", "۲");
        assertThat(row(page.getElementById("chart-sla-table"), "OVERDUE"))
                .containsExactly("گذشته از مهلت، بی‌پاسخ", "۲");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void theEnglishPageHasTheSameTablesWithGregorianWeeksAndAsciiDigits() {
        Document page = open(Language.EN);
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Guild administration");
        assertThat(page.selectFirst("#fig-waiting").text()).contains("the oldest for 10 days", "1 waiting for the applicant");
        Element weekly = page.getElementById("chart-weekly-table");
        assertThat(weekly.select("thead th").eachText())
                .containsExactly("Week (from Saturday)", "Applications", "Approvals");
        assertThat(weekly.select("tbody tr").last().selectFirst("th").text())
                .isEqualTo(DashboardData.weekStart().toString());
        assertThat(row(page.getElementById("chart-provinces-table"), "ESFAHAN")).containsExactly("Isfahan", "1");
        assertThat(row(page.getElementById("chart-sla-table"), "LATE")).containsExactly("Answered late", "1");
        assertThat(row(page.getElementById("chart-tracks-table"), "DASH_B")).containsExactly("Track DASH_B", "1");
        assertThat(page.text()).doesNotContain(persianDigits("10"));
        assertThat(page.selectFirst("#fig-certificates").text().toLowerCase(Locale.ROOT)).contains("since ");
    }
}
