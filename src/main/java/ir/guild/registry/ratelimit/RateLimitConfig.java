package ir.guild.registry.ratelimit;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * Named rate limits, e.g. {@code guild.rate-limits.public-verification.requests=30} and
 * {@code guild.rate-limits.public-verification.window=1m}: at most that many requests per
 * client in each window.
 */
@ConfigMapping(prefix = "guild.rate-limits")
public interface RateLimitConfig {

    /** The limits by name, as {@link RateLimited} names them. */
    @WithParentName
    Map<String, Limit> limits();

    /** How often each instance deletes finished windows ({@code off} disables the job). */
    @WithDefault("5m")
    String cleanupInterval();

    interface Limit {

        /** Requests allowed per client in one window. */
        int requests();

        /** The length of a window; windows are fixed and start on multiples of it. */
        Duration window();
    }
}
