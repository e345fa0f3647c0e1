package ir.guild.registry.membership.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "guild.admin-search")
public interface AdminSearchConfig {

    /**
     * How far the admins' member list counts its matches. Past it the page says "more than" this
     * number: nobody needs the exact size of a common name's hundred thousand matches, and counting
     * them all costs more than the page itself. Within it, the page reads every match's id and
     * number at once, hence the upper bound.
     */
    @WithDefault("1000")
    @Positive
    @Max(100_000)
    int countCap();
}
