package ir.guild.registry.notify;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** One-time codes that confirm a mobile number. */
@ConfigMapping(prefix = "guild.notify")
public interface MobileCodeConfig {

    String SECRET = "guild.notify.mobile-code-secret";
    String SECRET_ENV = "GUILD_NOTIFY_MOBILE_CODE_SECRET";

    /** How long a code may be used after it was sent. */
    @WithDefault("5m")
    Duration mobileCodeTtl();

    /**
     * The key of the HMAC kept instead of each code, so a copy of the database does not let
     * anyone try six-digit codes offline. Secret; required in production (the development,
     * local and test profiles give one).
     */
    Optional<String> mobileCodeSecret();
}
