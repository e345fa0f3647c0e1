package ir.guild.registry.legalaid;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import ir.guild.registry.web.GuildClock;

/**
 * The first-response SLA of legal-aid cases, counted in Iranian working days.
 *
 * <p>The Iranian week ends on Friday; the guild's desk works on Thursday, so by default only
 * Friday is a weekend day (see {@code guild.legal-aid.weekend-days}). Official public holidays
 * come from {@code guild.legal-aid.holidays}. Days are Tehran days ({@link GuildClock#ZONE},
 * UTC+03:30 all year since Iran dropped daylight saving time in 2022).
 *
 * <p>The first response is due at the end of the N-th working day after the day of filing. A
 * case filed on a weekend day or a holiday thus has its next working day as day one, the same
 * as a case filed on the working day before it.
 */
@Singleton
public class WorkingDays {

    private final int firstResponseDays;
    private final Set<LocalDate> holidays;
    private final Set<DayOfWeek> weekendDays;
    private final Duration dueSoon;

    @Inject
    public WorkingDays(LegalAidConfig config) {
        this(config.firstResponseDays(), Set.copyOf(config.holidays().orElse(List.of())),
                config.weekendDays(), config.dueSoon());
    }

    public WorkingDays(int firstResponseDays, Set<LocalDate> holidays, Set<DayOfWeek> weekendDays, Duration dueSoon) {
        if (firstResponseDays < 1) {
            throw new IllegalArgumentException("guild.legal-aid.first-response-days must be at least 1");
        }
        if (weekendDays.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException("guild.legal-aid.weekend-days must leave at least one working day");
        }
        if (dueSoon.isNegative()) {
            throw new IllegalArgumentException("guild.legal-aid.due-soon must not be negative");
        }
        this.firstResponseDays = firstResponseDays;
        this.holidays = Set.copyOf(holidays);
        this.weekendDays = weekendDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekendDays);
        this.dueSoon = dueSoon;
    }

    /** Whether the desk works on this Tehran day: neither a weekend day nor a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return !weekendDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The last Tehran day on which the first response to a case filed at {@code filedAt} is on time. */
    public LocalDate dueDay(Instant filedAt) {
        LocalDate day = filedAt.atZone(GuildClock.ZONE).toLocalDate();
        int counted = 0;
        while (counted < firstResponseDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The moment the first response falls due: the end (Tehran midnight) of {@link #dueDay}. */
    public Instant dueDate(Instant filedAt) {
        return endOf(dueDay(filedAt));
    }

    /** The moment a first response due on {@code dueDay} is late: the end (Tehran midnight) of that day. */
    public static Instant endOf(LocalDate dueDay) {
        return dueDay.plusDays(1).atStartOfDay(GuildClock.ZONE).toInstant();
    }

    /**
     * Where a case stands against its first-response deadline at {@code now}; empty for a case that
     * ended (withdrawn, say) before anyone responded, on which the SLA no longer runs.
     */
    public Optional<SlaState> slaState(LegalAidCase legalCase, Instant now) {
        if (legalCase.firstRespondedAt != null) {
            return Optional.of(SlaState.MET);
        }
        if (!legalCase.status.isOpen()) {
            return Optional.empty();
        }
        return Optional.of(slaState(endOf(legalCase.firstResponseDue), now, false));
    }

    /** Where a case due at {@code due} stands at {@code now}; a case that was responded to is {@link SlaState#MET}. */
    public SlaState slaState(Instant due, Instant now, boolean responded) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(now, "now");
        if (responded) {
            return SlaState.MET;
        }
        if (!now.isBefore(due)) {
            return SlaState.OVERDUE;
        }
        return now.isBefore(due.minus(dueSoon)) ? SlaState.ON_TIME : SlaState.DUE_SOON;
    }
}
