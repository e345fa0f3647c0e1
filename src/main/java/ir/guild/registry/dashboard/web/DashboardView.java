package ir.guild.registry.dashboard.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import ir.guild.registry.dashboard.GuildStats;
import ir.guild.registry.legalaid.web.CaseRow;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.outbox.DeliveryHealth;
import ir.guild.registry.reference.Labelled;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;

/**
 * The admins' home as drawn: the guild's figures in the page's digits and calendar, the rows of
 * each chart's table (which its chart is drawn from), the longest overdue legal-aid cases, and how
 * each message channel fares.
 */
public record DashboardView(GuildStats stats, long overdue, List<CaseRow> overdueCases,
        List<DeliveryHealth.ChannelHealth> delivery, Language language) {

    /** One row of a chart's table: the label people read, the value the chart draws, the value shown. */
    public record Row(String key, String label, long value, String shown) {
    }

    /**
     * A chart of one count per label (members by province, say), drawn from its table.
     *
     * @param kind bar, hbar (horizontal bars) or doughnut, as {@code js/charts.js} draws them
     * @param wide whether it takes the page's whole width rather than half
     */
    public record CountChart(String id, String kind, boolean wide, String title, String labelHeading,
            String valueHeading, List<Row> rows) {
    }

    /** One week of the weekly chart, labelled with the day it starts (Jalali in Persian). */
    public record WeekRow(LocalDate weekStart, String label, long submitted, String submittedShown, long approved,
            String approvedShown) {
    }

    /** A number in the page's digits, grouped by thousands. */
    public String number(long value) {
        return LocalDigits.grouped(value, language);
    }

    /** When the figures were counted, in the page's calendar: they may be up to a refresh period old. */
    public String asOf() {
        return JalaliDates.formatDateTime(stats.asOf(), language.locale(), GuildClock.ZONE);
    }

    /** A moment in the page's calendar, or null. */
    public String time(Instant at) {
        return at == null ? null : JalaliDates.formatDateTime(at, language.locale(), GuildClock.ZONE);
    }

    public String date(LocalDate day) {
        return JalaliDates.formatDate(day, language.locale());
    }

    /** Memberships with a status, named as {@link MemberStatus} names it. */
    public long members(String status) {
        return stats.members().byStatus().get(MemberStatus.valueOf(status));
    }

    public List<WeekRow> weeks() {
        return stats.weekly().stream()
                .map(week -> new WeekRow(week.weekStart(), JalaliDates.formatShortDate(week.weekStart(),
                        language.locale()), week.submitted(), number(week.submitted()), week.approved(),
                        number(week.approved())))
                .toList();
    }

    /** Every chart but the weekly one, in the order the page shows them. */
    public List<CountChart> countCharts() {
        DashboardPageTexts texts = language == Language.EN
                ? MessageBundles.get(DashboardPageTexts.class, Localized.Literal.of(Language.EN.code()))
                : MessageBundles.get(DashboardPageTexts.class);
        List<Row> tracks = stats.certificates().inForceByTrack().stream()
                .map(track -> row(track.code(), language == Language.EN ? track.titleEn() : track.titleFa(),
                        track.inForce()))
                .toList();
        List<Row> outcomes = stats.legalAid().bySlaOutcome().entrySet().stream()
                .map(outcome -> row(outcome.getKey().name(), texts.sla_outcome(outcome.getKey()), outcome.getValue()))
                .toList();
        return List.of(
                new CountChart("provinces", "hbar", true, texts.chart_provinces(), texts.col_province(),
                        texts.col_members(), labelled(stats.members().activeByProvince())),
                new CountChart("grades", "doughnut", false, texts.chart_grades(), texts.col_grade(),
                        texts.col_members(), labelled(stats.members().activeByGrade())),
                new CountChart("tracks", "bar", false, texts.chart_tracks(), texts.col_track(),
                        texts.col_certificates(), tracks),
                new CountChart("categories", "bar", false, texts.chart_categories(), texts.col_category(),
                        texts.col_cases(), labelled(stats.legalAid().byCategory())),
                new CountChart("sla", "doughnut", false, texts.chart_sla(), texts.col_outcome(), texts.col_cases(),
                        outcomes));
    }

    /** How many overdue cases the list leaves out, in the page's digits; null when none. */
    public String moreOverdue() {
        long more = overdue - overdueCases.size();
        return more > 0 ? number(more) : null;
    }

    private <E extends Enum<E> & Labelled> List<Row> labelled(Map<E, Long> counts) {
        return counts.entrySet().stream()
                .map(count -> row(count.getKey().name(), count.getKey().label(language.locale()), count.getValue()))
                .toList();
    }

    private Row row(String key, String label, long value) {
        return new Row(key, label, value, number(value));
    }
}
