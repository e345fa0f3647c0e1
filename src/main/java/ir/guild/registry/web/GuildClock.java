package ir.guild.registry.web;

import java.time.ZoneId;

/** The guild's time zone: dates people see are Iranian dates. */
public final class GuildClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tehran");

    private GuildClock() {
    }
}
