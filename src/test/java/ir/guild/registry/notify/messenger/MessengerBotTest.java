package ir.guild.registry.notify.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import ir.guild.registry.notify.messenger.FakeBotApi.Answer;

/** The bot inside the app: enabled, it polls the (fake) platform and fires what members send as CDI events. */
@QuarkusTest
@TestProfile(MessengerBotTest.BotEnabled.class)
class MessengerBotTest {

    static final String TOKEN = "24680:appBotToken";

    @Inject
    BotApi api;

    @Inject
    ReceivedBotMessages received;

    @Test
    void theRunningAppHandsOnWhatMembersSendAndSendsThroughTheSameBot() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (received.messages().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(received.messages()).as("received; the platform saw %s", Platform.fake.requests())
                .containsExactly(new IncomingBotMessage(777, 777, "member", "LINK-APP"));

        api.sendMessage(777, "پیوند حساب شما برقرار شد.");

        // The app also answers what it received (MessengerLinking), so pick this message out.
        FakeBotApi.Request sent = Platform.fake.requests("sendMessage").stream()
                .filter(request -> request.json().path("text").asText().equals("پیوند حساب شما برقرار شد.")).findFirst()
                .orElseThrow();
        assertThat(sent.path()).isEqualTo("/bot" + TOKEN + "/sendMessage");
        assertThat(sent.json().path("text").asText()).isEqualTo("پیوند حساب شما برقرار شد.");
        assertThat(Platform.fake.requests("getUpdates").get(0).json().path("offset").asLong()).isZero();
    }

    public static class BotEnabled implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("guild.messenger.enabled", "true", "guild.messenger.token", TOKEN,
                    "guild.messenger.poll-timeout", "1s",
                    // A free port rather than the shared 8081: nothing here needs a known one.
                    "quarkus.http.test-port", "0");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Platform.class));
        }
    }

    /** The fake platform, started before the app so that its address can be configured. */
    public static class Platform implements QuarkusTestResourceLifecycleManager {

        static FakeBotApi fake;

        @Override
        public Map<String, String> start() {
            try {
                fake = new FakeBotApi();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            fake.always("deleteWebhook", Answer.ok("true"))
                    .once("getUpdates", Answer.ok("[{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":1,"
                            + "\"text\":\"LINK-APP\",\"chat\":{\"id\":777,\"type\":\"private\"},"
                            + "\"from\":{\"id\":777,\"is_bot\":false,\"username\":\"member\"}}}]"))
                    .always("getUpdates", Answer.ok("[]").after(200))
                    .always("sendMessage", Answer.ok("{\"message_id\":9}"));
            return Map.of("guild.messenger.base-url", fake.baseUrl());
        }

        @Override
        public void stop() {
            try {
                fake.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
