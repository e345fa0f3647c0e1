package ir.guild.registry.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Limits small enough to reach in a test, with windows long enough that none ends during it. */
public class SmallRateLimits implements QuarkusTestProfile {

    static final int PUBLIC_REQUESTS = 3;
    static final int PROBE_REQUESTS = 5;
    public static final int PARTNER_REQUESTS = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "guild.rate-limits.public-verification.requests", String.valueOf(PUBLIC_REQUESTS),
                "guild.rate-limits.public-verification.window", "1h",
                "guild.rate-limits.probe.requests", String.valueOf(PROBE_REQUESTS),
                "guild.rate-limits.probe.window", "1m",
                "guild.rate-limits.partner-verification.requests", String.valueOf(PARTNER_REQUESTS),
                "guild.rate-limits.partner-verification.window", "1h");
    }
}
