package ir.guild.registry.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import ir.guild.registry.web.GuildClock;
import org.junit.jupiter.api.Test;

/**
 * The first-response SLA counted by hand on the calendar of 1405: three working days after the
 * day of filing, Friday off, the solar holidays of the year as in application.properties.
 */
class WorkingDaysTest {

    // 1-4 Farvardin (Sat..Tue), 12-13 Farvardin (Wed, Thu), 14-15 Khordad (Thu, Fri).
    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.parse("2026-03-21"), LocalDate.parse("2026-03-22"), LocalDate.parse("2026-03-23"),
            LocalDate.parse("2026-03-24"), LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-02"),
            LocalDate.parse("2026-06-04"), LocalDate.parse("2026-06-05"));

    private final WorkingDays workingDays = new WorkingDays(3, HOLIDAYS, Set.of(DayOfWeek.FRIDAY), Duration.ofHours(24));

    private static Instant tehran(String day, String time) {
        return LocalDate.parse(day).atTime(LocalTime.parse(time)).atZone(GuildClock.ZONE).toInstant();
    }

    @Test
    void theCalendarUsedHereFallsOnTheWeekdaysTheCountingAssumes() {
        assertThat(LocalDate.parse("2026-05-27").getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(LocalDate.parse("2026-06-04").getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(LocalDate.parse("2026-03-20").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(LocalDate.parse("2026-04-01").getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    }

    @Test
    void aCaseFiledOnAWednesdayIsDueOnTheSunday() {
        // Wed 05-27 filed; Thu 05-28 (1), Fri 05-29 weekend, Sat 05-30 (2), Sun 05-31 (3).
        assertThat(workingDays.dueDay(tehran("2026-05-27", "10:00"))).isEqualTo("2026-05-31");
    }

    @Test
    void aCaseFiledOnAWednesdayBeforeFourteenKhordadIsDueTheDayAfter() {
        // Wed 06-03 filed; Thu 06-04 holiday, Fri 06-05 weekend and holiday, Sat 06-06 (1), Sun 06-07 (2), Mon 06-08 (3).
        assertThat(workingDays.dueDay(tehran("2026-06-03", "09:15"))).isEqualTo("2026-06-08");
    }

    @Test
    void aCaseFiledOnAThursdayCountsThursdayAsTheDayOfFilingNotAsDayOne() {
        // Thu 05-28 filed; Fri 05-29 weekend, Sat 05-30 (1), Sun 05-31 (2), Mon 06-01 (3).
        assertThat(workingDays.dueDay(tehran("2026-05-28", "11:00"))).isEqualTo("2026-06-01");
    }

    @Test
    void aCaseFiledOnTheThursdayBeforeNowruzWaitsOutTheFourHolidays() {
        // Thu 03-19 filed; Fri 03-20 weekend, Sat 03-21..Tue 03-24 Nowruz (1-4 Farvardin),
        // Wed 03-25 (1), Thu 03-26 (2), Fri 03-27 weekend, Sat 03-28 (3).
        assertThat(workingDays.dueDay(tehran("2026-03-19", "16:00"))).isEqualTo("2026-03-28");
    }

    @Test
    void aCaseFiledOnAFridayStartsCountingOnSaturday() {
        // Fri 05-29 filed (weekend); Sat 05-30 (1), Sun 05-31 (2), Mon 06-01 (3): as if filed on Thursday.
        assertThat(workingDays.dueDay(tehran("2026-05-29", "20:00"))).isEqualTo("2026-06-01");
    }

    @Test
    void aCaseFiledOnTheFridayBeforeNowruzStartsCountingAfterTheHolidays() {
        // Fri 03-20 filed; Sat 03-21..Tue 03-24 Nowruz, Wed 03-25 (1), Thu 03-26 (2), Fri 03-27 weekend, Sat 03-28 (3).
        assertThat(workingDays.dueDay(tehran("2026-03-20", "08:00"))).isEqualTo("2026-03-28");
    }

    @Test
    void aCaseFiledOnTheDayBeforeTwelveFarvardinSkipsBothHolidaysAndTheWeekend() {
        // Tue 03-31 filed; Wed 04-01 and Thu 04-02 holidays, Fri 04-03 weekend, Sat 04-04 (1), Sun 04-05 (2), Mon 04-06 (3).
        assertThat(workingDays.dueDay(tehran("2026-03-31", "12:00"))).isEqualTo("2026-04-06");
    }

    @Test
    void theResponseIsDueAtTehranMidnightEndingTheDueDay() {
        // End of Sun 05-31 in Tehran is Mon 06-01 00:00 +03:30, i.e. 05-31 20:30 UTC.
        assertThat(workingDays.dueDate(tehran("2026-05-27", "10:00"))).isEqualTo("2026-05-31T20:30:00Z");
    }

    @Test
    void theDayOfFilingIsTheTehranDayNotTheUtcDay() {
        // 2026-05-26T20:29Z is Tue 23:59 in Tehran: Wed 05-27 (1), Thu 05-28 (2), Sat 05-30 (3).
        assertThat(workingDays.dueDay(Instant.parse("2026-05-26T20:29:00Z"))).isEqualTo("2026-05-30");
        // 2026-05-26T20:30Z is still Tuesday in UTC but Wed 00:00 in Tehran: Thu (1), Sat (2), Sun 05-31 (3).
        assertThat(workingDays.dueDay(Instant.parse("2026-05-26T20:30:00Z"))).isEqualTo("2026-05-31");
        assertThat(workingDays.dueDate(Instant.parse("2026-05-26T20:30:00Z"))).isEqualTo("2026-05-31T20:30:00Z");
    }

    @Test
    void thursdayIsAWorkingDayAndFridayAndHolidaysAreNot() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-05-28"))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-05-29"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-04-01"))).isFalse();
    }

    @Test
    void anotherWeekendMovesTheDueDay() {
        WorkingDays thursdayAndFriday = new WorkingDays(3, Set.of(), Set.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                Duration.ofHours(24));
        // Wed 05-27 filed; Thu, Fri weekend, Sat 05-30 (1), Sun 05-31 (2), Mon 06-01 (3).
        assertThat(thursdayAndFriday.dueDay(tehran("2026-05-27", "10:00"))).isEqualTo("2026-06-01");
    }

    @Test
    void anUnansweredCaseIsOnTimeUntilTheLastDayThenDueSoonThenOverdueAtMidnight() {
        Instant due = Instant.parse("2026-05-31T20:30:00Z");

        assertThat(workingDays.slaState(due, Instant.parse("2026-05-30T20:29:59Z"), false)).isEqualTo(SlaState.ON_TIME);
        assertThat(workingDays.slaState(due, Instant.parse("2026-05-30T20:30:00Z"), false)).isEqualTo(SlaState.DUE_SOON);
        assertThat(workingDays.slaState(due, Instant.parse("2026-05-31T20:29:59Z"), false)).isEqualTo(SlaState.DUE_SOON);
        assertThat(workingDays.slaState(due, due, false)).isEqualTo(SlaState.OVERDUE);
        assertThat(workingDays.slaState(due, Instant.parse("2026-06-10T08:00:00Z"), false)).isEqualTo(SlaState.OVERDUE);
    }

    @Test
    void anAnsweredCaseHasMetItsSlaWhateverTheTime() {
        Instant due = Instant.parse("2026-05-31T20:30:00Z");

        assertThat(workingDays.slaState(due, Instant.parse("2026-05-29T08:00:00Z"), true)).isEqualTo(SlaState.MET);
        assertThat(workingDays.slaState(due, Instant.parse("2026-06-10T08:00:00Z"), true)).isEqualTo(SlaState.MET);
    }
}
