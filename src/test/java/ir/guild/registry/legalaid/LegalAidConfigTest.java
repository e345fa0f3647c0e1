package ir.guild.registry.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import ir.guild.registry.web.JalaliDates;

class LegalAidConfigTest {

    private static LegalAidConfig mapping(SmallRyeConfigBuilder builder) {
        SmallRyeConfig config = builder.withMapping(LegalAidConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withConverter(MemorySize.class, 200, new MemorySizeConverter())
                .addDefaultInterceptors()
                .build();
        return config.getConfigMapping(LegalAidConfig.class);
    }

    @Test
    void withoutSettingsTheSlaIsThreeWorkingDaysWithFridayOffAndNoHolidays() {
        LegalAidConfig config = mapping(new SmallRyeConfigBuilder());

        assertThat(config.firstResponseDays()).isEqualTo(3);
        assertThat(config.weekendDays()).containsExactly(DayOfWeek.FRIDAY);
        assertThat(config.holidays()).isEmpty();
        assertThat(config.dueSoon()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void theHolidaysOfApplicationPropertiesAreTheSolarHolidaysOf1405() throws IOException {
        URL properties = getClass().getClassLoader().getResource("application.properties");
        LegalAidConfig config = mapping(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, 100)));

        assertThat(config.holidays()).contains(List.of(
                JalaliDates.fromJalali(1405, 1, 1), JalaliDates.fromJalali(1405, 1, 2),
                JalaliDates.fromJalali(1405, 1, 3), JalaliDates.fromJalali(1405, 1, 4),
                JalaliDates.fromJalali(1405, 1, 12), JalaliDates.fromJalali(1405, 1, 13),
                JalaliDates.fromJalali(1405, 3, 14), JalaliDates.fromJalali(1405, 3, 15),
                JalaliDates.fromJalali(1405, 11, 22),
                JalaliDates.fromJalali(1405, 12, 29)));
        assertThat(JalaliDates.fromJalali(1405, 1, 1)).isEqualTo(LocalDate.parse("2026-03-21"));
        assertThat(JalaliDates.fromJalali(1406, 1, 1)).isEqualTo(LocalDate.parse("2027-03-21"));
    }

    @Test
    void workingDaysBuiltFromTheSettingsSkipTheConfiguredHolidays() throws IOException {
        URL properties = getClass().getClassLoader().getResource("application.properties");
        WorkingDays workingDays = new WorkingDays(mapping(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, 100))));

        // Tue 2026-03-31 filed; Wed 12 and Thu 13 Farvardin holidays, Fri weekend, Sat (1), Sun (2), Mon 04-06 (3).
        assertThat(workingDays.dueDay(Instant.parse("2026-03-31T08:00:00Z"))).isEqualTo("2026-04-06");
    }
}
