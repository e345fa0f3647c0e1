package ir.guild.registry.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.JalaliDates;

/**
 * Whole days from one date to another, both included and both optional, as an admin types them
 * in a filter: Gregorian ISO ({@code 2026-11-28}) or Jalali ({@code 1405/09/07}, Persian digits too).
 * Days are Tehran days.
 */
public record DateRange(LocalDate from, LocalDate to) {

    private static final int GREGORIAN_FROM = 1700;

    /** Parses both ends, naming the parameter that is not a date, or {@code to} when it comes before {@code from}. */
    public static DateRange parse(FieldChecks checks, String fromField, String from, String toField, String to) {
        LocalDate start = optionalDay(checks, fromField, from);
        LocalDate end = optionalDay(checks, toField, to);
        if (start != null && end != null && end.isBefore(start)) {
            checks.reject(toField, Invalid.DATE);
        }
        return new DateRange(start, end);
    }

    /** The first instant inside the range, or null when it has no start. */
    public Instant startInstant() {
        return from == null ? null : from.atStartOfDay(GuildClock.ZONE).toInstant();
    }

    /** The first instant after the range, or null when it has no end. */
    public Instant endInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(GuildClock.ZONE).toInstant();
    }

    private static LocalDate optionalDay(FieldChecks checks, String field, String raw) {
        return raw == null || raw.isBlank() ? null : checks.parsed(field, raw, DateRange::day, Invalid.DATE);
    }

    /** Years from 1700 on are Gregorian, earlier ones Jalali: 2026-02-30 is a mistake, not a day of 2026 AP. */
    static Optional<LocalDate> day(String text) {
        String ascii = PersianText.digitsToAscii(PersianText.normalize(text));
        if (ascii.length() < 4 || !ascii.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        if (Integer.parseInt(ascii.substring(0, 4)) < GREGORIAN_FROM) {
            return JalaliDates.parseJalali(ascii);
        }
        try {
            return Optional.of(LocalDate.parse(ascii));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
