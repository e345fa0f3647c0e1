package ir.guild.registry.notify.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ir.guild.registry.notify.CapturedLog;
import ir.guild.registry.notify.messenger.FakeBotApi.Answer;

class BotUpdatesPollerTest {

    private static final String TOKEN = "987654321:pollerSecret_x";
    private static final BotUpdatesPoller.Timing TIMING = new BotUpdatesPoller.Timing(Duration.ofSeconds(1),
            Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(50));
    private static final Answer NOTHING_NEW = Answer.ok("[]").after(100);

    private FakeBotApi platform;
    private BotApi api;
    private TestLock lock;
    private final List<IncomingBotMessage> received = new CopyOnWriteArrayList<>();
    private BotUpdatesPoller poller;
    private CapturedLog log;

    @BeforeEach
    void start() throws Exception {
        platform = new FakeBotApi();
        platform.always("deleteWebhook", Answer.ok("true"));
        api = new BotApi(platform.baseUrl(), TOKEN, Duration.ofSeconds(1), Duration.ofSeconds(2), FakeBotApi.JSON);
        lock = new TestLock(true);
        log = new CapturedLog("ir.guild.registry.notify.messenger");
    }

    @AfterEach
    void stop() throws Exception {
        if (poller != null) {
            poller.stop(Duration.ofSeconds(5));
        }
        log.close();
        platform.close();
        assertThat(log.lines()).noneMatch(line -> line.contains(TOKEN) || line.contains("pollerSecret"))
                .noneMatch(line -> line.contains("LINK-"));
    }

    @Test
    void handsOnEachPrivateTextAndAsksForTheUpdateAfterTheLast() {
        platform.once("getUpdates", Answer.ok("[" + text(10, 555, "LINK-111") + "," + photo(11) + ","
                + text(12, 556, "LINK-222") + "]")).always("getUpdates", NOTHING_NEW);
        startPoller(received::add);

        await(() -> platform.requests("getUpdates").size() >= 2);

        assertThat(received).containsExactly(new IncomingBotMessage(555, 555, "u555", "LINK-111"),
                new IncomingBotMessage(556, 556, "u556", "LINK-222"));
        assertThat(offsets()).startsWith(0L, 13L);
        assertThat(poller.offset()).isEqualTo(13);
        assertThat(platform.requests().get(0).botMethod()).as("a webhook would block polling").isEqualTo("deleteWebhook");
        assertThat(platform.requests().get(0).path()).isEqualTo("/bot" + TOKEN + "/deleteWebhook");
        assertThat(platform.requests("getUpdates").get(0).json().path("timeout").asInt()).isEqualTo(1);
    }

    @Test
    void survivesFailingAnswersAndAsksAgainFromTheSameOffset() {
        platform.once("getUpdates", Answer.ok("[" + text(5, 1, "LINK-A") + "]"))
                .once("getUpdates", Answer.error(500, "Internal Server Error"))
                .once("getUpdates", Answer.raw(502, "text/html", "<html>Bad Gateway</html>"))
                .once("getUpdates", Answer.raw(429, "application/json",
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\",\"parameters\":{\"retry_after\":1}}"))
                .once("getUpdates", Answer.ok("[" + text(6, 2, "LINK-B") + "]"))
                .always("getUpdates", NOTHING_NEW);
        startPoller(received::add);

        await(() -> received.size() == 2 && platform.requests("getUpdates").size() >= 6);

        assertThat(received).extracting(IncomingBotMessage::text).containsExactly("LINK-A", "LINK-B");
        assertThat(offsets()).startsWith(0L, 6L, 6L, 6L, 6L, 7L);
        assertThat(log.lines()).anyMatch(line -> line.startsWith("WARN") && line.contains("500"))
                .anyMatch(line -> line.startsWith("WARN") && line.contains("429"));
    }

    @Test
    void anUpdateIsConfirmedOnlyAfterTheRecipientTookIt() {
        platform.always("getUpdates", request -> request.json().path("offset").asLong() <= 20
                ? Answer.ok("[" + text(20, 1, "LINK-20") + "," + text(21, 2, "LINK-21") + "]")
                : NOTHING_NEW);
        AtomicInteger calls = new AtomicInteger();
        startPoller(message -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            received.add(message);
        });

        await(() -> received.size() == 2 && offsets().contains(22L));

        assertThat(received).extracting(IncomingBotMessage::text).containsExactly("LINK-20", "LINK-21");
        assertThat(offsets()).as("the failed update was asked for again").startsWith(0L, 0L, 22L);
    }

    @Test
    void anUpdateThatNeverGoesThroughIsSkippedAfterThreeAttempts() {
        platform.always("getUpdates", request -> request.json().path("offset").asLong() <= 30
                ? Answer.ok("[" + text(30, 1, "LINK-poison") + "]")
                : request.json().path("offset").asLong() == 31 ? Answer.ok("[" + text(31, 2, "LINK-next") + "]")
                        : NOTHING_NEW);
        AtomicInteger poisonAttempts = new AtomicInteger();
        startPoller(message -> {
            if (message.text().equals("LINK-poison")) {
                poisonAttempts.incrementAndGet();
                throw new IllegalArgumentException("cannot handle");
            }
            received.add(message);
        });

        await(() -> received.size() == 1);

        assertThat(poisonAttempts.get()).isEqualTo(BotUpdatesPoller.MAX_HANDOVER_ATTEMPTS);
        assertThat(received).extracting(IncomingBotMessage::text).containsExactly("LINK-next");
        assertThat(log.lines()).anyMatch(line -> line.startsWith("ERROR") && line.contains("Skipping bot update 30"));
    }

    @Test
    void pollsOnlyWhileHoldingTheLockAndTakesOverWhenItIsFree() throws Exception {
        lock.available.set(false);
        platform.always("getUpdates", Answer.ok("[" + text(1, 1, "LINK-1") + "]"));
        startPoller(received::add);

        await(() -> lock.attempts.get() >= 3);
        assertThat(platform.requests()).as("another instance polls").isEmpty();

        lock.available.set(true);
        await(() -> !received.isEmpty());
        assertThat(platform.requests().get(0).botMethod()).isEqualTo("deleteWebhook");
    }

    @Test
    void stopsPromptlyDuringALongPollAndLetsTheLockGo() {
        platform.always("getUpdates", Answer.ok("[]").after(30_000));
        startPoller(received::add);
        await(() -> platform.requests("getUpdates").size() == 1);

        long started = System.nanoTime();
        boolean stopped = poller.stop(Duration.ofSeconds(5));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(stopped).isTrue();
        assertThat(poller.isRunning()).isFalse();
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(lock.releases.get()).isEqualTo(1);
    }

    @Test
    void stopsPromptlyWhileBackingOff() {
        platform.always("getUpdates", Answer.error(401, "Unauthorized"));
        BotUpdatesPoller.Timing slow = new BotUpdatesPoller.Timing(Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofMinutes(1), Duration.ofMinutes(1));
        poller = new BotUpdatesPoller(api, lock, received::add, slow);
        poller.start();
        await(() -> log.lines().stream().anyMatch(line -> line.startsWith("ERROR") && line.contains("guild.messenger.token")));

        long started = System.nanoTime();
        assertThat(poller.stop(Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(platform.requests("getUpdates")).as("no poll during the backoff").hasSize(1);
    }

    @Test
    void backoffDoublesUpToItsBoundAndFollowsTheRetryAfterWithinIt() {
        BotUpdatesPoller timing = new BotUpdatesPoller(api, lock, received::add, new BotUpdatesPoller.Timing(
                Duration.ofSeconds(25), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(30)));

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 50)).map(n -> timing.backoff(n, null).toSeconds())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        assertThat(timing.backoff(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(timing.backoff(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(60));
    }

    private void startPoller(Consumer<IncomingBotMessage> recipient) {
        poller = new BotUpdatesPoller(api, lock, recipient, TIMING);
        poller.start();
    }

    private List<Long> offsets() {
        return platform.requests("getUpdates").stream().map(request -> request.json().path("offset").asLong()).toList();
    }

    private static String text(long updateId, long chatId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1,\"text\":\"" + text
                + "\",\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"from\":{\"id\":" + chatId
                + ",\"is_bot\":false,\"username\":\"u" + chatId + "\"}}}";
    }

    private static String photo(long updateId) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
                + ",\"date\":1,\"photo\":[],\"chat\":{\"id\":9,\"type\":\"private\"},\"from\":{\"id\":9}}}";
    }

    /** Polls for a condition for at most ten seconds. */
    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static final class TestLock implements PollerLock {
        final AtomicBoolean available;
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger releases = new AtomicInteger();

        TestLock(boolean available) {
            this.available = new AtomicBoolean(available);
        }

        @Override
        public boolean acquire() {
            attempts.incrementAndGet();
            return available.get();
        }

        @Override
        public void release() {
            releases.incrementAndGet();
        }
    }
}
