package ir.guild.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The guild's time zone: dates people see are Iranian dates. */
public final class GuildClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tehran");

    /** The moment the guild's day {@code day} begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private GuildClock() {
    }
}
