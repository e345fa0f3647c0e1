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

/** The settings of linking a chat, checked at start with the bot's others. */
class MessengerLinkSettingsTest {

    @Test
    void codesLiveTenMinutesFiveAnHourAndNoStartLinkByDefault() {
        MessengerConfig config = config(Map.of());

        assertThat(config.linkCodeTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.linkCodesPerHour()).isEqualTo(5);
        assertThat(config.startLink()).isEmpty();
        assertThatCode(() -> MessengerSettings.check(config)).doesNotThrowAnyException();
        assertThat(config(Map.of("guild.messenger.start-link", "")).startLink()).as("empty is unset").isEmpty();
    }

    @Test
    void aStartLinkWithTheCodeIsTaken() {
        MessengerConfig config = config(Map.of("guild.messenger.start-link", "https://ble.ir/{bot}?start={code}"));

        assertThatCode(() -> MessengerSettings.check(config)).doesNotThrowAnyException();
    }

    @Test
    void wrongLinkSettingsStopTheStartNamingTheirVariables() {
        assertThatThrownBy(() -> MessengerSettings.check(config(Map.of("guild.messenger.start-link", "https://ble.ir/{bot}"))))
                .hasMessageContaining("GUILD_MESSENGER_START_LINK");
        assertThatThrownBy(() -> MessengerSettings.check(config(Map.of("guild.messenger.start-link", "ble.ir/x?start={code}"))))
                .hasMessageContaining("guild.messenger.start-link");
        assertThatThrownBy(() -> MessengerSettings.check(config(Map.of("guild.messenger.link-code-ttl", "10s"))))
                .hasMessageContaining("GUILD_MESSENGER_LINK_CODE_TTL");
        assertThatThrownBy(() -> MessengerSettings.check(config(Map.of("guild.messenger.link-code-ttl", "2h"))))
                .hasMessageContaining("guild.messenger.link-code-ttl");
        assertThatThrownBy(() -> MessengerSettings.check(config(Map.of("guild.messenger.link-codes-per-hour", "0"))))
                .hasMessageContaining("GUILD_MESSENGER_LINK_CODES_PER_HOUR");
    }

    private static MessengerConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(MessengerConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(MessengerConfig.class);
    }
}
