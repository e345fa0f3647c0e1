package ir.guild.registry.notify.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class MessengerSettingsTest {

    @Test
    void theBotIsOffByDefaultAndPointsAtBale() {
        MessengerConfig config = config(Map.of());

        assertThat(config.enabled()).isFalse();
        assertThat(config.baseUrl()).isEqualTo("https://tapi.bale.ai");
        assertThat(config.token()).isEmpty();
        assertThat(config.botUsername()).isEmpty();
        assertThat(config.pollTimeout()).isEqualTo(Duration.ofSeconds(25));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThatCode(() -> MessengerSettings.check(config)).doesNotThrowAnyException();
    }

    @Test
    void anEnabledBotWithoutATokenStopsTheStartNamingTheKeyAndItsVariable() {
        MessengerConfig config = config(Map.of("guild.messenger.enabled", "true"));

        assertThatThrownBy(() -> MessengerSettings.check(config)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guild.messenger.token").hasMessageContaining("GUILD_MESSENGER_TOKEN");
    }

    @Test
    void anEnabledBotWithATokenStarts() {
        MessengerConfig config = config(Map.of("guild.messenger.enabled", "true",
                "guild.messenger.token", "1234:abc-DEF_9", "guild.messenger.bot-username", "guild_bot"));

        assertThatCode(() -> MessengerSettings.check(config)).doesNotThrowAnyException();
        assertThat(config.botUsername()).contains("guild_bot");
    }

    @Test
    void aMalformedTokenIsRefusedWithoutShowingIt() {
        MessengerConfig config = config(Map.of("guild.messenger.enabled", "true",
                "guild.messenger.token", "1234:secret/../other"));

        assertThatThrownBy(() -> MessengerSettings.check(config)).hasMessageContaining("guild.messenger.token")
                .hasMessageNotContaining("secret");
    }

    @Test
    void aWrongBaseUrlOrPollTimeoutIsRefusedEvenWhileTheBotIsOff() {
        assertThatThrownBy(() -> MessengerSettings.check(config(Map.of("guild.messenger.base-url", "tapi.bale.ai"))))
                .hasMessageContaining("guild.messenger.base-url");
        assertThatThrownBy(() -> MessengerSettings.check(config(Map.of("guild.messenger.poll-timeout", "5m"))))
                .hasMessageContaining("GUILD_MESSENGER_POLL_TIMEOUT");
        assertThatThrownBy(() -> MessengerSettings.check(config(Map.of("guild.messenger.request-timeout", "0s"))))
                .hasMessageContaining("guild.messenger.request-timeout");
    }

    private static MessengerConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(MessengerConfig.class)
                // The converter Quarkus uses, which reads 25s as well as PT25S.
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(MessengerConfig.class);
    }
}
