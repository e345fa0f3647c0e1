package ir.guild.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import ir.guild.registry.common.PersianText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;

class JalaliDatesPropertiesTest {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Property(tries = 2000)
    void persianShortDateReadsBackAsTheSameDay(@ForAll @DateRange(min = "1950-01-01", max = "2100-12-31") LocalDate date) {
        assertThat(JalaliDates.parseJalali(JalaliDates.formatShortDate(date, PERSIAN))).contains(date);
    }

    @Property
    void persianOutputHasNoAsciiDigits(@ForAll @DateRange(min = "1950-01-01", max = "2100-12-31") LocalDate date) {
        Instant instant = date.atTime(13, 47).atZone(TEHRAN).toInstant();

        assertThat(JalaliDates.formatDate(date, PERSIAN)).doesNotContainPattern("[0-9]");
        assertThat(JalaliDates.formatShortDate(date, PERSIAN)).doesNotContainPattern("[0-9]");
        assertThat(JalaliDates.formatDateTime(instant, PERSIAN, TEHRAN)).doesNotContainPattern("[0-9]").endsWith("۱۳:۴۷");
    }

    @Property
    void englishOutputHasNoPersianDigitsAndMatchesTheGregorianDay(
            @ForAll @DateRange(min = "1950-01-01", max = "2100-12-31") LocalDate date) {
        String persianOrArabicDigit = "[\u06F0-\u06F9\u0660-\u0669]";

        assertThat(JalaliDates.formatDate(date, Locale.ENGLISH)).doesNotContainPattern(persianOrArabicDigit);
        assertThat(JalaliDates.formatShortDate(date, Locale.ENGLISH)).isEqualTo(date.toString());
    }

    @Property
    void dayFallsBetweenTheNowruzOfItsJalaliYearAndTheNext(@ForAll @DateRange(min = "1950-01-01", max = "2100-12-31") LocalDate date) {
        int year = JalaliDates.jalaliYear(date);

        assertThat(JalaliDates.fromJalali(year, 1, 1)).isBeforeOrEqualTo(date);
        assertThat(JalaliDates.fromJalali(year + 1, 1, 1)).isAfter(date);
    }

    @Property
    void consecutiveDaysAreConsecutiveJalaliDays(@ForAll @DateRange(min = "1950-01-01", max = "2100-12-31") LocalDate date) {
        LocalDate next = date.plusDays(1);
        String[] today = ascii(JalaliDates.formatShortDate(date, PERSIAN)).split("/");
        String[] tomorrow = ascii(JalaliDates.formatShortDate(next, PERSIAN)).split("/");

        boolean sameMonth = today[0].equals(tomorrow[0]) && today[1].equals(tomorrow[1]);
        if (sameMonth) {
            assertThat(Integer.parseInt(tomorrow[2])).isEqualTo(Integer.parseInt(today[2]) + 1);
        } else {
            assertThat(tomorrow[2]).isEqualTo("01");
            assertThat(Integer.parseInt(today[2])).isBetween(29, 31);
        }
    }

    private static String ascii(String persianDigits) {
        return PersianText.digitsToAscii(persianDigits);
    }

    @Property(tries = 2000)
    void toJalaliIsTheInverseOfFromJalali(@ForAll @DateRange(min = "1921-03-21", max = "2100-12-31") LocalDate date) {
        JalaliDates.JalaliDay day = JalaliDates.toJalali(date);

        assertThat(day.year()).isEqualTo(JalaliDates.jalaliYear(date));
        assertThat(JalaliDates.fromJalali(day.year(), day.month(), day.day())).isEqualTo(date);
    }
}
