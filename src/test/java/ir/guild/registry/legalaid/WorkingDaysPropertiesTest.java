package ir.guild.registry.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ir.guild.registry.web.GuildClock;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.time.api.constraints.DateRange;

class WorkingDaysPropertiesTest {

    // Filing moments between 2026-01-01 and 2027-12-31 (epoch seconds).
    private static final long FROM = 1767225600L;
    private static final long TO = 1830297599L;

    private static WorkingDays workingDays(int days, Set<LocalDate> holidays) {
        return new WorkingDays(days, holidays, Set.of(DayOfWeek.FRIDAY), Duration.ofHours(24));
    }

    @Property(tries = 2000)
    void theDueDayIsAWorkingDayAfterTheDayOfFiling(
            @ForAll @LongRange(min = FROM, max = TO) long filedAtSecond,
            @ForAll @IntRange(min = 1, max = 15) int days,
            @ForAll @Size(max = 40) Set<@DateRange(min = "2026-01-01", max = "2028-03-31") LocalDate> holidays) {
        Instant filedAt = Instant.ofEpochSecond(filedAtSecond);
        LocalDate due = workingDays(days, holidays).dueDay(filedAt);

        assertThat(due.getDayOfWeek()).isNotEqualTo(DayOfWeek.FRIDAY);
        assertThat(holidays).doesNotContain(due);
        assertThat(due).isAfter(filedAt.atZone(GuildClock.ZONE).toLocalDate());
        assertThat(workingDays(days, holidays).dueDate(filedAt)).isAfter(filedAt);
    }

    @Property(tries = 2000)
    void aHolidayInsideTheWindowMovesTheDueDayByExactlyOneWorkingDay(
            @ForAll @LongRange(min = FROM, max = TO) long filedAtSecond,
            @ForAll @IntRange(min = 1, max = 15) int days,
            @ForAll @Size(max = 20) Set<@DateRange(min = "2026-01-01", max = "2028-03-31") LocalDate> holidays,
            @ForAll @IntRange(min = 0, max = 14) int which) {
        Instant filedAt = Instant.ofEpochSecond(filedAtSecond);
        WorkingDays before = workingDays(days, holidays);
        LocalDate dueBefore = before.dueDay(filedAt);
        List<LocalDate> workingDaysInWindow = new ArrayList<>();
        for (LocalDate day = filedAt.atZone(GuildClock.ZONE).toLocalDate().plusDays(1); !day.isAfter(dueBefore);
                day = day.plusDays(1)) {
            if (before.isWorkingDay(day)) {
                workingDaysInWindow.add(day);
            }
        }
        assertThat(workingDaysInWindow).hasSize(days);

        Set<LocalDate> moreHolidays = new HashSet<>(holidays);
        moreHolidays.add(workingDaysInWindow.get(which % days));
        WorkingDays after = workingDays(days, moreHolidays);

        LocalDate nextWorkingDay = dueBefore.plusDays(1);
        while (!after.isWorkingDay(nextWorkingDay)) {
            nextWorkingDay = nextWorkingDay.plusDays(1);
        }
        assertThat(after.dueDay(filedAt)).isEqualTo(nextWorkingDay);
    }

    @Property
    void aHolidayAfterTheDueDayChangesNothing(
            @ForAll @LongRange(min = FROM, max = TO) long filedAtSecond,
            @ForAll @IntRange(min = 1, max = 15) int days,
            @ForAll @IntRange(min = 1, max = 60) int daysAfterDue) {
        Instant filedAt = Instant.ofEpochSecond(filedAtSecond);
        LocalDate due = workingDays(days, Set.of()).dueDay(filedAt);

        assertThat(workingDays(days, Set.of(due.plusDays(daysAfterDue))).dueDay(filedAt)).isEqualTo(due);
    }
}
