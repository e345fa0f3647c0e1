package ir.guild.registry.web;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.guild.registry.common.PersianText;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.JulianFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows dates to people: in Persian as Jalali (solar hijri) dates with Persian digits, in English
 * as Gregorian dates with ASCII digits. Any locale whose language is not Persian gets English, the
 * registry's only other language.
 *
 * <p>ICU calendars and formats are mutable and not thread-safe, so every call makes its own.
 */
public final class JalaliDates {

    // The numbering systems are named rather than left to the locale data, so that Persian pages
    // always show Persian digits and English pages ASCII digits.
    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian;numbers=arabext");
    private static final ULocale ENGLISH = new ULocale("en@calendar=gregorian;numbers=latn");

    private static final String PERSIAN_DATE = "d MMMM y";
    private static final String PERSIAN_DATE_TIME = "d MMMM y، HH:mm";
    private static final String PERSIAN_SHORT_DATE = "y/MM/dd";
    private static final String ENGLISH_DATE = "d MMMM y";
    private static final String ENGLISH_DATE_TIME = "d MMMM y, HH:mm";
    private static final String ENGLISH_SHORT_DATE = "yyyy-MM-dd";

    // Formatters and calendars work in UTC on wall-clock values; zones are applied before them.
    private static final TimeZone UTC = TimeZone.GMT_ZONE;

    /**
     * ICU's formatters take longer to build than a page takes to render, and may not be shared
     * between threads: each thread keeps its own, one per pattern and language.
     */
    private static final ThreadLocal<Map<String, SimpleDateFormat>> FORMATTERS = ThreadLocal.withInitial(HashMap::new);

    private static final Pattern JALALI_DATE = Pattern.compile("([0-9]{4})([/-])([0-9]{1,2})\\2([0-9]{1,2})");

    private JalaliDates() {
    }

    /** {@code ۷ آذر ۱۴۰۵} in Persian, {@code 28 November 2026} in English. */
    public static String formatDate(LocalDate date, Locale locale) {
        return formatter(locale, PERSIAN_DATE, ENGLISH_DATE).format(atUtcMidnight(date));
    }

    /** {@code ۷ آذر ۱۴۰۵، ۱۴:۳۰} in Persian, {@code 28 November 2026, 14:30} in English, in {@code zone}. */
    public static String formatDateTime(Instant instant, Locale locale, ZoneId zone) {
        // The zone is applied with java.time rather than ICU's own time zone data, so that the time
        // shown agrees with what the rest of the registry computes for the same zone even when the
        // two copies of the tz database differ (as they do for Tehran in late 1978).
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        Date wallClock = Date.from(local.toInstant(ZoneOffset.UTC));
        return formatter(locale, PERSIAN_DATE_TIME, ENGLISH_DATE_TIME).format(wallClock);
    }

    /** {@code ۱۴۰۵/۰۹/۰۷} in Persian, {@code 2026-11-28} in English. */
    public static String formatShortDate(LocalDate date, Locale locale) {
        return formatter(locale, PERSIAN_SHORT_DATE, ENGLISH_SHORT_DATE).format(atUtcMidnight(date));
    }

    /** The Jalali year {@code date} falls in; it changes at Nowruz, around 21 March. */
    public static int jalaliYear(LocalDate date) {
        Calendar calendar = persianCalendar();
        calendar.setTime(atUtcMidnight(date));
        return calendar.get(Calendar.EXTENDED_YEAR);
    }

    /**
     * The day with the given Jalali year, month (1 for Farvardin) and day of month.
     *
     * @throws DateTimeException if there is no such day, such as 30 Esfand of a common year
     */
    public static LocalDate fromJalali(int year, int month, int day) {
        // ICU accepts years before the first Jalali year even when it is not lenient.
        if (year < 1) {
            throw new DateTimeException("no Jalali date " + year + "/" + month + "/" + day);
        }
        Calendar calendar = persianCalendar();
        calendar.setLenient(false);
        calendar.clear();
        calendar.set(year, month - 1, day);
        try {
            return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
        } catch (IllegalArgumentException e) {
            throw new DateTimeException("no Jalali date " + year + "/" + month + "/" + day, e);
        }
    }

    /** A day in the Jalali calendar: year, month (1 for Farvardin) and day of month. */
    public record JalaliDay(int year, int month, int day) {
    }

    /** The Jalali year, month and day of {@code date}: the inverse of {@link #fromJalali}. */
    public static JalaliDay toJalali(LocalDate date) {
        Calendar calendar = persianCalendar();
        calendar.setTime(atUtcMidnight(date));
        return new JalaliDay(calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    /** The first day of the Jalali month {@code date} falls in: 1 Azar for any day of Azar. */
    public static LocalDate monthStart(LocalDate date) {
        JalaliDay day = toJalali(date);
        return fromJalali(day.year(), day.month(), 1);
    }

    /** The Saturday that starts the Iranian week {@code date} falls in. */
    public static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    }

    /**
     * Reads a Jalali date written as year, month and day separated by {@code /} or {@code -}, in
     * ASCII or Persian digits: {@code 1405/09/07}, {@code ۱۴۰۵/۰۹/۰۷}, {@code 1405-9-7}. Anything
     * else, and dates that do not exist, give an empty result.
     */
    public static Optional<LocalDate> parseJalali(String text) {
        String normalized = PersianText.digitsToAscii(PersianText.normalize(text));
        if (normalized == null) {
            return Optional.empty();
        }
        Matcher matcher = JALALI_DATE.matcher(normalized);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromJalali(
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(4))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static SimpleDateFormat formatter(Locale locale, String persianPattern, String englishPattern) {
        boolean persian = "fa".equals(locale.getLanguage());
        return FORMATTERS.get().computeIfAbsent(persian ? "fa " + persianPattern : "en " + englishPattern, key -> {
            SimpleDateFormat formatter = persian
                    ? new SimpleDateFormat(persianPattern, PERSIAN)
                    : new SimpleDateFormat(englishPattern, ENGLISH);
            formatter.setCalendar(persian ? persianCalendar() : prolepticGregorianCalendar());
            return formatter;
        });
    }

    private static Date atUtcMidnight(LocalDate date) {
        return Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static Calendar persianCalendar() {
        return new PersianCalendar(UTC, PERSIAN);
    }

    // java.time dates are proleptic Gregorian; ICU would otherwise switch to Julian before 1582.
    private static Calendar prolepticGregorianCalendar() {
        GregorianCalendar calendar = new GregorianCalendar(UTC, ENGLISH);
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        return calendar;
    }
}
