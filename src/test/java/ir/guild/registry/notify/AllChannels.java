package ir.guild.registry.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import ir.guild.registry.notify.messenger.FakeBotApi;
import ir.guild.registry.notify.messenger.FakeBotApi.Answer;
import ir.guild.registry.notify.sms.FakeKavenegar;

/**
 * The app with every channel on as in production: SMS through the Kavenegar adapter and the
 * messenger bot polling its platform, both speaking to fakes on free local ports that the tests
 * can script and read.
 */
public class AllChannels implements QuarkusTestProfile {

    static final String API_KEY = "4A6B-journey-api-key";
    static final String SENDER = "10004346";
    static final String TOKEN = "24680:journeyBotToken";
    /** Short, so a gateway that never answers costs a test little. */
    static final String SMS_REQUEST_TIMEOUT_MILLIS = "2000";

    static FakeKavenegar sms;
    static FakeBotApi bot;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("guild.sms.provider", "kavenegar"),
                Map.entry("guild.sms.api-key", API_KEY),
                Map.entry("guild.sms.sender", SENDER),
                Map.entry("guild.sms.request-timeout", SMS_REQUEST_TIMEOUT_MILLIS + "ms"),
                Map.entry("guild.messenger.enabled", "true"),
                Map.entry("guild.messenger.token", TOKEN),
                Map.entry("guild.messenger.bot-username", "guild_journey_bot"),
                Map.entry("guild.messenger.poll-timeout", "1s"),
                // A free port rather than the shared 8081: nothing here needs a known one.
                Map.entry("quarkus.http.test-port", "0"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Fakes.class));
    }

    /** Both fakes, started before the app so that their addresses can be configured. */
    public static class Fakes implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                sms = new FakeKavenegar();
                bot = new FakeBotApi();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bot.always("deleteWebhook", Answer.ok("true"))
                    .always("getUpdates", Answer.ok("[]").after(100))
                    .always("sendMessage", Answer.ok("{\"message_id\":1}"));
            return Map.of("guild.sms.base-url", sms.baseUrl(), "guild.messenger.base-url", bot.baseUrl());
        }

        @Override
        public void stop() {
            if (sms != null) {
                sms.close();
            }
            if (bot != null) {
                try {
                    bot.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
