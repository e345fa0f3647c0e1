package ir.guild.registry.notify.messenger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import ir.guild.registry.notify.messenger.FakeBotApi.Answer;

/**
 * The app with its bot on, polling a fake platform, for the tests of linking a chat: people
 * "send" the bot a text with {@link #say}, and the bot's answer is what the fake received.
 */
public class LinkingBot implements QuarkusTestProfile {

    static final String TOKEN = "13579:linkingBotToken";
    static final String BOT = "guild_test_bot";
    static final int CODES_PER_HOUR = 4;

    private static final AtomicLong UPDATE_IDS = new AtomicLong();
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(15);

    static FakeBotApi fake;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("guild.messenger.enabled", "true", "guild.messenger.token", TOKEN,
                "guild.messenger.bot-username", BOT,
                "guild.messenger.start-link", "https://ble.ir/{bot}?start={code}",
                "guild.messenger.link-codes-per-hour", Integer.toString(CODES_PER_HOUR),
                "guild.messenger.poll-timeout", "1s",
                "quarkus.http.test-port", "0");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Platform.class));
    }

    /**
     * Hands the bot a private text from {@code chatId} as the platform would, and waits for the
     * bot's answer.
     *
     * @return the sendMessage request the bot made in answer
     */
    static FakeBotApi.Request say(long chatId, String text) throws InterruptedException {
        int before = fake.requests("sendMessage").size();
        ObjectNode update = FakeBotApi.JSON.createObjectNode();
        update.put("update_id", UPDATE_IDS.incrementAndGet());
        ObjectNode message = update.putObject("message");
        message.put("message_id", update.path("update_id").asLong()).put("date", 1).put("text", text);
        message.putObject("chat").put("id", chatId).put("type", "private");
        message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "عضو");
        ArrayNode updates = FakeBotApi.JSON.createArrayNode().add(update);
        fake.once("getUpdates", Answer.ok(updates.toString()));
        return nextSent(before);
    }

    /** The first sendMessage request after the first {@code before} ones, waiting for it within a bound. */
    static FakeBotApi.Request nextSent(int before) throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (fake.requests("sendMessage").size() <= before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The bot sent nothing within " + ANSWER_WAIT.toSeconds()
                        + " s; the platform saw " + fake.requests().size() + " requests");
            }
            Thread.sleep(20);
        }
        return fake.requests("sendMessage").get(before);
    }

    static int sentCount() {
        return fake.requests("sendMessage").size();
    }

    /** The fake platform, started before the app so that its address can be configured. */
    public static class Platform implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                fake = new FakeBotApi();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fake.always("deleteWebhook", Answer.ok("true"))
                    .always("getUpdates", Answer.ok("[]").after(100))
                    .always("sendMessage", Answer.ok("{\"message_id\":1}"));
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
