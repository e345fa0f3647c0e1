package ir.guild.registry.notify.sms;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Makes the {@link SmsGateway} that {@code guild.sms.provider} names, at start, so that a missing
 * key or a misspelt provider stops the app with a message naming the setting to fix rather than
 * failing on the first message. A new provider is a new implementation and a name here.
 */
@Startup
@Singleton
public class SmsGateways {

    static final String LOG = "log";
    private static final Logger LOG_OUT = Logger.getLogger(SmsGateways.class);
    static final String KAVENEGAR = "kavenegar";
    static final List<String> PROVIDERS = List.of(LOG, KAVENEGAR);

    private final SmsGateway gateway;

    SmsGateways(SmsConfig config) {
        this.gateway = create(config, ConfigUtils.isProfileActive("prod"));
    }

    @Produces
    @Singleton
    SmsGateway gateway() {
        return gateway;
    }

    /** @throws IllegalStateException naming the setting to fix when the configuration cannot work */
    static SmsGateway create(SmsConfig config) {
        return create(config, false);
    }

    /** @param production whether the app runs in the production profile, where {@code log} refuses every message */
    static SmsGateway create(SmsConfig config, boolean production) {
        String provider = config.provider().strip().toLowerCase(Locale.ROOT);
        switch (provider) {
            case LOG:
                if (production) {
                    LOG_OUT.warn("guild.sms.provider=log in production: every SMS is refused (none is sent), so"
                            + " the SMS channel shows as failing; set GUILD_SMS_PROVIDER=kavenegar to send SMS");
                    return new LoggingSmsGateway(true);
                }
                return new LoggingSmsGateway();
            case KAVENEGAR:
                String key = config.apiKey().filter(value -> !value.isBlank())
                        .orElseThrow(() -> new IllegalStateException(SmsConfig.API_KEY + " (" + SmsConfig.API_KEY_ENV
                                + ") must be set when guild.sms.provider=kavenegar: the API key of the Kavenegar"
                                + " account, from its panel"));
                checkBaseUrl(config.baseUrl());
                checkPositive("guild.sms.connect-timeout", config.connectTimeout());
                checkPositive("guild.sms.request-timeout", config.requestTimeout());
                return new KavenegarGateway(config.baseUrl().strip(), key, config.sender().orElse(null),
                        config.connectTimeout(), config.requestTimeout());
            default:
                throw new IllegalStateException("guild.sms.provider (GUILD_SMS_PROVIDER) is '" + config.provider()
                        + "'; it must be one of " + PROVIDERS);
        }
    }

    private static void checkBaseUrl(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalStateException("guild.sms.base-url (GUILD_SMS_BASE_URL) must be an http(s) address,"
                    + " e.g. https://api.kavenegar.com");
        }
    }

    private static void checkPositive(String key, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalStateException(key + " must be longer than zero");
        }
    }
}
