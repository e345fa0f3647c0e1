package ir.guild.registry.notify.sms;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which SMS provider sends, and how to reach it. */
@ConfigMapping(prefix = "guild.sms")
public interface SmsConfig {

    String API_KEY = "guild.sms.api-key";
    String API_KEY_ENV = "GUILD_SMS_API_KEY";

    /**
     * {@code log} (sends nothing, only logs that a message to a masked number would have gone)
     * or {@code kavenegar}.
     */
    @WithDefault(SmsGateways.LOG)
    String provider();

    /** The provider's API address, without a trailing slash. */
    @WithDefault("https://api.kavenegar.com")
    String baseUrl();

    /** The provider's API key; required by {@code kavenegar}. Secret. */
    Optional<String> apiKey();

    /** The sender line; without it the provider uses the account's default line. */
    Optional<String> sender();

    /**
     * The provider's verification template (Kavenegar's verify/lookup, {@code %token%} in its
     * text) that one-time mobile codes go through; without it they go as plain messages.
     */
    Optional<String> verifyTemplate();

    /** How long connecting to the provider may take. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long one request may take, connecting included, before it counts as failed. */
    @WithDefault("10s")
    Duration requestTimeout();
}
