package ir.guild.registry.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ir.guild.registry.ratelimit.SlidingWindow;

class MobileCodeHashTest {

    private static MobileCodeConfig config(String secret) {
        return new MobileCodeConfig() {
            @Override
            public Duration mobileCodeTtl() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Optional<String> mobileCodeSecret() {
                return Optional.ofNullable(secret);
            }
        };
    }

    @Test
    void withoutASecretTheAppRefusesToStartNamingTheSettingAndItsVariable() {
        assertThatThrownBy(() -> MobileCodeHash.from(config(null))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(MobileCodeConfig.SECRET).hasMessageContaining("GUILD_NOTIFY_MOBILE_CODE_SECRET");
        assertThatThrownBy(() -> MobileCodeHash.from(config("   "))).hasMessageContaining(MobileCodeConfig.SECRET);
    }

    @Test
    void aShortSecretIsWarnedAboutWithoutShowingIt() {
        try (CapturedLog log = new CapturedLog(MobileCodeHash.class.getName())) {
            MobileCodeHash.from(config("short-secret-value"));
            assertThat(log.all()).contains("shorter than 32").doesNotContain("short-secret-value");
        }
    }

    @Test
    void theHashIsKeyedBoundToTheNumberAndNeverTheCodeItself() {
        MobileCodeHash hash = MobileCodeHash.from(config("a".repeat(32)));
        MobileCodeHash other = MobileCodeHash.from(config("b".repeat(32)));
        String stored = hash.of("09121234567", "123456");
        assertThat(stored).hasSize(64).doesNotContain("123456");
        assertThat(hash.matches("09121234567", "123456", stored)).isTrue();
        assertThat(hash.matches("09121234567", "123457", stored)).isFalse();
        assertThat(hash.matches("09351234567", "123456", stored)).isFalse();
        assertThat(other.of("09121234567", "123456")).isNotEqualTo(stored);
    }

    @Test
    void retryAfterIsTheTimeUntilTheOldestCountedCodeLeavesTheWindow() {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        Duration window = Duration.ofMinutes(15);
        SlidingWindow limit = new SlidingWindow(3, window);
        assertThat(limit.retryAfter(List.of(now.minusSeconds(60)), now)).isZero();
        List<Instant> three = List.of(now.minusSeconds(600), now.minusSeconds(300), now.minusSeconds(60));
        assertThat(limit.retryAfter(three, now)).isEqualTo(301);
        assertThat(limit.since(now)).isEqualTo(now.minus(window));
    }
}
