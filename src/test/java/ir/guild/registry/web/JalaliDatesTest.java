package ir.guild.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliDatesTest {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Test
    void persianDateIsJalaliWithPersianMonthNameAndDigits() {
        assertThat(JalaliDates.formatDate(LocalDate.of(2026, 11, 28), PERSIAN)).isEqualTo("۷ آذر ۱۴۰۵");
    }

    @Test
    void anyPersianLocaleGivesTheJalaliDate() {
        assertThat(JalaliDates.formatDate(LocalDate.of(2026, 11, 28), new Locale("fa"))).isEqualTo("۷ آذر ۱۴۰۵");
        assertThat(JalaliDates.formatDate(LocalDate.of(2026, 11, 28), Locale.forLanguageTag("fa-AF")))
                .isEqualTo("۷ آذر ۱۴۰۵");
    }

    @Test
    void englishDateIsGregorianWithDayMonthNameAndYear() {
        assertThat(JalaliDates.formatDate(LocalDate.of(2026, 11, 28), Locale.ENGLISH)).isEqualTo("28 November 2026");
        assertThat(JalaliDates.formatDate(LocalDate.of(2026, 3, 1), Locale.US)).isEqualTo("1 March 2026");
    }

    @Test
    void nowruzStartsTheJalaliYear() {
        assertThat(JalaliDates.formatDate(LocalDate.of(2025, 3, 21), PERSIAN)).isEqualTo("۱ فروردین ۱۴۰۴");
        assertThat(JalaliDates.formatDate(LocalDate.of(2026, 3, 21), PERSIAN)).isEqualTo("۱ فروردین ۱۴۰۵");
        assertThat(JalaliDates.formatDate(LocalDate.of(2026, 3, 20), PERSIAN)).isEqualTo("۲۹ اسفند ۱۴۰۴");
    }

    @Test
    void leapYear1403EndsOnThe30thOfEsfand() {
        assertThat(JalaliDates.formatDate(LocalDate.of(2025, 3, 20), PERSIAN)).isEqualTo("۳۰ اسفند ۱۴۰۳");
        assertThat(JalaliDates.fromJalali(1403, 12, 30)).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void jalaliYearChangesAtNowruz() {
        assertThat(JalaliDates.jalaliYear(LocalDate.of(2025, 3, 20))).isEqualTo(1403);
        assertThat(JalaliDates.jalaliYear(LocalDate.of(2025, 3, 21))).isEqualTo(1404);
        assertThat(JalaliDates.jalaliYear(LocalDate.of(2026, 3, 20))).isEqualTo(1404);
        assertThat(JalaliDates.jalaliYear(LocalDate.of(2026, 3, 21))).isEqualTo(1405);
        assertThat(JalaliDates.jalaliYear(LocalDate.of(2026, 11, 28))).isEqualTo(1405);
    }

    @Test
    void dateTimeIsShownInTheGivenZone() {
        Instant instant = Instant.parse("2026-11-28T11:00:00Z");

        assertThat(JalaliDates.formatDateTime(instant, PERSIAN, TEHRAN)).isEqualTo("۷ آذر ۱۴۰۵، ۱۴:۳۰");
        assertThat(JalaliDates.formatDateTime(instant, Locale.ENGLISH, TEHRAN)).isEqualTo("28 November 2026, 14:30");
        assertThat(JalaliDates.formatDateTime(instant, Locale.ENGLISH, ZoneId.of("UTC")))
                .isEqualTo("28 November 2026, 11:00");
    }

    @Test
    void dateTimeLateInTheEveningUtcIsAlreadyTheNextDayInTehran() {
        Instant instant = Instant.parse("2026-03-20T21:00:00Z");

        assertThat(JalaliDates.formatDateTime(instant, PERSIAN, TEHRAN)).isEqualTo("۱ فروردین ۱۴۰۵، ۰۰:۳۰");
    }

    @Test
    void timeIsShownWithTheZoneRulesOfJavaTime() {
        // Java 17's and ICU 78's tz data disagree on Tehran's offset in late 1978; the time shown
        // must be the one java.time gives for the same instant and zone.
        Instant instant = LocalDateTime.of(1978, 11, 20, 13, 47).atZone(TEHRAN).toInstant();

        assertThat(JalaliDates.formatDateTime(instant, Locale.ENGLISH, TEHRAN)).isEqualTo("20 November 1978, 13:47");
    }

    @Test
    void shortDateIsNumeric() {
        assertThat(JalaliDates.formatShortDate(LocalDate.of(2026, 11, 28), PERSIAN)).isEqualTo("۱۴۰۵/۰۹/۰۷");
        assertThat(JalaliDates.formatShortDate(LocalDate.of(2026, 11, 28), Locale.ENGLISH)).isEqualTo("2026-11-28");
        assertThat(JalaliDates.formatShortDate(LocalDate.of(2026, 1, 5), Locale.ENGLISH)).isEqualTo("2026-01-05");
    }

    @Test
    void fromJalaliGivesTheGregorianDay() {
        assertThat(JalaliDates.fromJalali(1405, 9, 7)).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(JalaliDates.fromJalali(1405, 1, 1)).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(JalaliDates.fromJalali(1404, 12, 29)).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void fromJalaliRefusesDaysThatDoNotExist() {
        assertThatThrownBy(() -> JalaliDates.fromJalali(1404, 12, 30)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDates.fromJalali(1405, 13, 1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDates.fromJalali(1405, 0, 1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDates.fromJalali(1405, 7, 31)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDates.fromJalali(1405, 1, 32)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDates.fromJalali(1405, 1, 0)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDates.fromJalali(0, 1, 1)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1405/09/07", "۱۴۰۵/۰۹/۰۷", "١٤٠٥/٠٩/٠٧", "1405-9-7", "1405/9/7",
            "۱۴۰۵-۰۹-۰۷", " 1405/09/07\u200F"})
    void jalaliDateIsReadInAsciiOrPersianDigits(String written) {
        assertThat(JalaliDates.parseJalali(written)).contains(LocalDate.of(2026, 11, 28));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "1405/13/01", "1405/00/10", "1405/01/32", "1405/07/31", "1404/12/30", "1405/12/30", "1405/01/00",
            "1405/09", "05/09/07", "1405/09/07/01", "1405/09-07", "1405.09.07", "14050907", "۷ آذر ۱۴۰۵",
            "1405/009/07", "abcd/09/07", "2026-11-28x", "0000/01/01"
    })
    void invalidJalaliDatesAreNotRead(String written) {
        assertThat(JalaliDates.parseJalali(written)).isEmpty();
    }

    @Test
    void persianOutputHasNoAsciiDigitsAndEnglishOutputNoPersianDigits() {
        LocalDate date = LocalDate.of(2026, 11, 28);
        Instant instant = Instant.parse("2026-11-28T11:00:00Z");

        assertThat(JalaliDates.formatDate(date, PERSIAN) + JalaliDates.formatShortDate(date, PERSIAN)
                + JalaliDates.formatDateTime(instant, PERSIAN, TEHRAN)).doesNotContainPattern("[0-9]");
        assertThat(JalaliDates.formatDate(date, Locale.ENGLISH) + JalaliDates.formatShortDate(date, Locale.ENGLISH)
                + JalaliDates.formatDateTime(instant, Locale.ENGLISH, TEHRAN))
                .doesNotContainPattern("[\u06F0-\u06F9\u0660-\u0669]");
    }

    @Test
    void toJalaliGivesYearMonthAndDay() {
        assertThat(JalaliDates.toJalali(LocalDate.of(1996, 3, 5))).isEqualTo(new JalaliDates.JalaliDay(1374, 12, 15));
        assertThat(JalaliDates.toJalali(LocalDate.of(2025, 3, 20))).isEqualTo(new JalaliDates.JalaliDay(1403, 12, 30));
        assertThat(JalaliDates.toJalali(LocalDate.of(2025, 3, 21))).isEqualTo(new JalaliDates.JalaliDay(1404, 1, 1));
    }
}
