package ir.guild.registry.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import ir.guild.registry.common.IranianMobile;

class SmsGatewaysTest {

    private static SmsConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(SmsConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(SmsConfig.class);
    }

    @Test
    void withNothingConfiguredTheLogProviderSendsNothingAndNeedsNoKey() {
        SmsConfig config = config(Map.of());

        assertThat(config.provider()).isEqualTo("log");
        assertThat(config.baseUrl()).isEqualTo("https://api.kavenegar.com");
        assertThat(config.apiKey()).isEmpty();
        assertThat(config.sender()).isEmpty();
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(SmsGateways.create(config)).isInstanceOf(LoggingSmsGateway.class);
    }

    @Test
    void inProductionTheLogProviderRefusesWhatItWouldOnlyHaveLogged() {
        SmsGateway gateway = SmsGateways.create(config(Map.of()), true);
        assertThatThrownBy(() -> gateway.send(new IranianMobile("09121234567"), "x")).isInstanceOf(SmsFailure.class);
    }

    @Test
    void kavenegarWithAKeyMakesTheKavenegarGateway() {
        SmsConfig config = config(Map.of("guild.sms.provider", "Kavenegar", "guild.sms.api-key", "abc123",
                "guild.sms.sender", "10004346", "guild.sms.request-timeout", "3s"));

        assertThat(SmsGateways.create(config)).isInstanceOf(KavenegarGateway.class);
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void kavenegarWithoutAKeyStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> SmsGateways.create(config(Map.of("guild.sms.provider", "kavenegar"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guild.sms.api-key").hasMessageContaining("GUILD_SMS_API_KEY");
        assertThatThrownBy(() -> SmsGateways.create(config(Map.of("guild.sms.provider", "kavenegar",
                "guild.sms.api-key", "  ")))).hasMessageContaining("GUILD_SMS_API_KEY");
    }

    @Test
    void anUnknownProviderStopsTheStartListingTheKnownOnes() {
        assertThatThrownBy(() -> SmsGateways.create(config(Map.of("guild.sms.provider", "kavehnegar"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GUILD_SMS_PROVIDER").hasMessageContaining("[log, kavenegar]");
    }

    @Test
    void aBaseUrlThatIsNoHttpAddressOrATimeoutOfZeroStopsTheStart() {
        assertThatThrownBy(() -> SmsGateways.create(config(Map.of("guild.sms.provider", "kavenegar",
                "guild.sms.api-key", "abc123", "guild.sms.base-url", "api.kavenegar.com"))))
                .hasMessageContaining("GUILD_SMS_BASE_URL");
        assertThatThrownBy(() -> SmsGateways.create(config(Map.of("guild.sms.provider", "kavenegar",
                "guild.sms.api-key", "abc123", "guild.sms.request-timeout", "0s"))))
                .hasMessageContaining("guild.sms.request-timeout");
    }

    @Test
    void theKeyNeverAppearsInAStartError() {
        assertThatThrownBy(() -> SmsGateways.create(config(Map.of("guild.sms.provider", "kavenegar",
                "guild.sms.api-key", "abc123-secret", "guild.sms.base-url", "ftp://x"))))
                .message().doesNotContain("abc123-secret");
    }
}
