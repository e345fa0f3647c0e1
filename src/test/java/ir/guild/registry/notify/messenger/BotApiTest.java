package ir.guild.registry.notify.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ir.guild.registry.notify.CapturedLog;
import ir.guild.registry.notify.messenger.FakeBotApi.Answer;

class BotApiTest {

    private static final String TOKEN = "123456789:AbCdEf_gh-IJ";
    private static final String PERSIAN = "درخواست عضویت شما تأیید شد. *نه درشت* <b>نه HTML</b> ۱۴۰۵";

    private FakeBotApi platform;
    private BotApi api;
    private CapturedLog log;

    @BeforeEach
    void start() throws Exception {
        platform = new FakeBotApi();
        api = new BotApi(platform.baseUrl(), TOKEN, Duration.ofSeconds(2), Duration.ofSeconds(2), FakeBotApi.JSON);
        log = new CapturedLog("ir.guild.registry.notify.messenger");
    }

    @AfterEach
    void stop() throws Exception {
        log.close();
        platform.close();
        // Whatever a test did, neither the token nor a message text reached the log.
        assertThat(log.lines()).noneMatch(line -> line.contains(TOKEN) || line.contains("AbCdEf_gh"))
                .noneMatch(line -> line.contains("درخواست") || line.contains("LINK-"));
    }

    @Test
    void getMePostsToTheMethodUnderTheBotTokenPathAndReadsTheBot() throws Exception {
        platform.always("getMe", Answer.ok("{\"id\":42,\"is_bot\":true,\"first_name\":\"صنف\",\"username\":\"guild_bot\"}"));

        BotUser bot = api.getMe();

        assertThat(bot).isEqualTo(new BotUser(42, "guild_bot", "صنف", true));
        FakeBotApi.Request request = platform.requests().get(0);
        assertThat(request.httpMethod()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/bot" + TOKEN + "/getMe");
        assertThat(request.contentType()).startsWith("application/json");
    }

    @Test
    void sendMessagePostsPlainTextWithoutParseModeAndKeepsPersianIntact() throws Exception {
        platform.always("sendMessage", Answer.ok("{\"message_id\":77,\"chat\":{\"id\":5005}}"));

        long messageId = api.sendMessage(5005, PERSIAN);

        assertThat(messageId).isEqualTo(77);
        FakeBotApi.Request request = platform.requests().get(0);
        assertThat(request.path()).isEqualTo("/bot" + TOKEN + "/sendMessage");
        assertThat(request.contentType()).contains("charset=utf-8");
        JsonNode body = request.json();
        assertThat(body.path("chat_id").asLong()).isEqualTo(5005);
        assertThat(body.path("text").asText()).isEqualTo(PERSIAN);
        assertThat(body.has("parse_mode")).as("no parse mode: nothing typed is read as formatting").isFalse();
        assertThat(body.has("reply_markup")).isFalse();
    }

    @Test
    void sendMessageWithALinkAddsOneInlineButtonOpeningThePage() throws Exception {
        platform.always("sendMessage", Answer.ok("{\"message_id\":78}"));

        api.sendMessage(-1001, "وضعیت عضویت شما تغییر کرد.",
                new LinkButton("مشاهده صفحه", URI.create("https://registry.guild.ir/me?tab=1")));

        JsonNode keyboard = platform.requests().get(0).json().path("reply_markup").path("inline_keyboard");
        assertThat(keyboard.size()).isEqualTo(1);
        assertThat(keyboard.get(0).size()).isEqualTo(1);
        assertThat(keyboard.get(0).get(0).path("text").asText()).isEqualTo("مشاهده صفحه");
        assertThat(keyboard.get(0).get(0).path("url").asText()).isEqualTo("https://registry.guild.ir/me?tab=1");
        assertThat(platform.requests().get(0).json().path("chat_id").asLong()).isEqualTo(-1001);
    }

    @Test
    void aTextThePlatformWouldRefuseIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> api.sendMessage(1, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> api.sendMessage(1, "x".repeat(BotApi.MAX_TEXT_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkButton("open", URI.create("javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void getUpdatesAsksFromTheOffsetAndReadsPrivateTextMessagesOnly() throws Exception {
        platform.always("getUpdates", Answer.ok("""
                [
                 {"update_id":100,"message":{"message_id":1,"date":1,"text":"LINK-ABC123",
                   "chat":{"id":555,"type":"private"},"from":{"id":555,"is_bot":false,"first_name":"سارا","username":"sara"}}},
                 {"update_id":101,"message":{"message_id":2,"date":1,"photo":[{"file_id":"x"}],
                   "chat":{"id":555,"type":"private"},"from":{"id":555,"is_bot":false,"first_name":"سارا"}}},
                 {"update_id":102,"message":{"message_id":3,"date":1,"text":"سلام",
                   "chat":{"id":-900,"type":"group"},"from":{"id":556,"is_bot":false,"first_name":"علی"}}},
                 {"update_id":103,"message":{"message_id":4,"date":1,"text":"کد من ۱۲۳",
                   "chat":{"id":557,"type":"private"},"from":{"id":557,"is_bot":false,"first_name":"رضا"}}},
                 {"update_id":104,"edited_message":{"message_id":4,"text":"x","chat":{"id":557,"type":"private"},"from":{"id":557}}}
                ]"""));

        List<BotUpdate> updates = api.getUpdates(100, Duration.ofSeconds(1));

        assertThat(updates).extracting(BotUpdate::updateId).containsExactly(100L, 101L, 102L, 103L, 104L);
        assertThat(updates.get(0).textMessage()).contains(new IncomingBotMessage(555, 555, "sara", "LINK-ABC123"));
        assertThat(updates.get(1).textMessage()).as("a photo").isEmpty();
        assertThat(updates.get(2).textMessage()).as("a group chat").isEmpty();
        assertThat(updates.get(3).textMessage()).contains(new IncomingBotMessage(557, 557, null, "کد من ۱۲۳"));
        assertThat(updates.get(4).textMessage()).as("an edit").isEmpty();
        JsonNode body = platform.requests().get(0).json();
        assertThat(platform.requests().get(0).path()).isEqualTo("/bot" + TOKEN + "/getUpdates");
        assertThat(body.path("offset").asLong()).isEqualTo(100);
        assertThat(body.path("timeout").asInt()).isEqualTo(1);
        assertThat(body.path("allowed_updates").toString()).isEqualTo("[\"message\"]");
    }

    @Test
    void deleteWebhookPostsToItsMethod() throws Exception {
        platform.always("deleteWebhook", Answer.ok("true"));

        api.deleteWebhook();

        assertThat(platform.requests()).extracting(FakeBotApi.Request::path).containsExactly("/bot" + TOKEN + "/deleteWebhook");
        assertThat(platform.requests().get(0).httpMethod()).isEqualTo("POST");
    }

    @Test
    void aBaseUrlWithAPathAndATrailingSlashKeepsThePath() throws Exception {
        platform.always("getMe", Answer.ok("{\"id\":1,\"is_bot\":true,\"username\":\"b\"}"));
        BotApi behindProxy = new BotApi(platform.baseUrl() + "/bale/", TOKEN, Duration.ofSeconds(2),
                Duration.ofSeconds(2), FakeBotApi.JSON);

        behindProxy.getMe();

        assertThat(platform.requests().get(0).path()).isEqualTo("/bale/bot" + TOKEN + "/getMe");
    }

    @Test
    void chatNotFoundMeansTheChatIsGoneAndIsNotRetried() {
        platform.always("sendMessage", Answer.error(400, "Bad Request: chat not found"));

        BotApiFailure failure = sendFails();

        assertThat(failure.chatGone()).isTrue();
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.errorCode()).isEqualTo(OptionalInt.of(400));
        assertThat(failure.method()).isEqualTo("sendMessage");
        assertThat(failure.getMessage()).contains("400", "chat not found");
    }

    @Test
    void aMemberWhoBlockedTheBotIsAChatGone() {
        platform.always("sendMessage", Answer.error(403, "Forbidden: bot was blocked by the user"));

        BotApiFailure failure = sendFails();

        assertThat(failure.kind()).isEqualTo(BotApiFailure.Kind.CHAT_GONE);
        assertThat(failure.chatGone()).isTrue();
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void aBadTokenIsNeitherRetriedNorAChatGone() {
        platform.always("sendMessage", Answer.error(401, "Unauthorized"));

        BotApiFailure failure = sendFails();

        assertThat(failure.kind()).isEqualTo(BotApiFailure.Kind.UNAUTHORIZED);
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.chatGone()).isFalse();
    }

    @Test
    void anyOtherBadRequestIsRejectedWithoutRetry() {
        platform.always("sendMessage", Answer.error(400, "Bad Request: message text is empty"));

        BotApiFailure failure = sendFails();

        assertThat(failure.kind()).isEqualTo(BotApiFailure.Kind.REJECTED);
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.chatGone()).isFalse();
    }

    @Test
    void tooManyRequestsIsRetryableAfterThePlatformsRetryAfter() {
        platform.always("sendMessage", Answer.raw(429, "application/json",
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
                        + "\"parameters\":{\"retry_after\":7}}"));

        BotApiFailure failure = sendFails();

        assertThat(failure.kind()).isEqualTo(BotApiFailure.Kind.RATE_LIMITED);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(failure.errorCode()).isEqualTo(OptionalInt.of(429));
    }

    @Test
    void tooManyRequestsWithoutRetryAfterIsStillRetryable() {
        platform.always("sendMessage", Answer.error(429, "Too Many Requests"));

        BotApiFailure failure = sendFails();

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).isEqualTo(Optional.empty());
    }

    @Test
    void serverErrorsAndProxyPagesAreRetryable() {
        platform.once("sendMessage", Answer.error(500, "Internal Server Error"))
                .once("sendMessage", Answer.raw(502, "text/html", "<html><body>Bad Gateway</body></html>"))
                .once("sendMessage", Answer.raw(200, "text/html", "<html>maintenance</html>"));

        for (int status : new int[] {500, 502, 200}) {
            BotApiFailure failure = sendFails();
            assertThat(failure.kind()).as("HTTP %d", status).isEqualTo(BotApiFailure.Kind.SERVER);
            assertThat(failure.retryable()).isTrue();
            assertThat(failure.chatGone()).isFalse();
        }
    }

    @Test
    void aForbiddenPageFromAProxyDoesNotUnlinkTheChat() {
        platform.always("sendMessage", Answer.raw(403, "text/html", "<html>Forbidden</html>"));

        BotApiFailure failure = sendFails();

        assertThat(failure.chatGone()).isFalse();
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void aConflictingPollerOrWebhookIsRetryable() {
        platform.always("getUpdates", Answer.error(409, "Conflict: terminated by other getUpdates request"));

        BotApiFailure failure = catchThrowableOfType(() -> api.getUpdates(0, Duration.ofSeconds(1)),
                BotApiFailure.class);

        assertThat(failure.kind()).isEqualTo(BotApiFailure.Kind.CONFLICT);
        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void aPlatformThatCannotBeReachedIsARetryableNetworkFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        BotApi unreachable = new BotApi("http://127.0.0.1:" + closedPort, TOKEN, Duration.ofSeconds(2),
                Duration.ofSeconds(2), FakeBotApi.JSON);

        BotApiFailure failure = catchThrowableOfType(() -> unreachable.sendMessage(1, PERSIAN), BotApiFailure.class);

        assertThat(failure.kind()).isEqualTo(BotApiFailure.Kind.NETWORK);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.errorCode()).isEmpty();
        assertThat(failure.getCause()).as("a cause could carry the address with the token").isNull();
        assertThat(failure.getMessage()).doesNotContain(TOKEN).doesNotContain(PERSIAN);
    }

    @Test
    void aPlatformThatDoesNotAnswerTimesOutWithinTheRequestTimeout() {
        platform.always("sendMessage", Answer.ok("{\"message_id\":1}").after(30_000));
        BotApi impatient = new BotApi(platform.baseUrl(), TOKEN, Duration.ofSeconds(1), Duration.ofMillis(500),
                FakeBotApi.JSON);

        long started = System.nanoTime();
        BotApiFailure failure = catchThrowableOfType(() -> impatient.sendMessage(1, PERSIAN), BotApiFailure.class);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure.kind()).isEqualTo(BotApiFailure.Kind.TIMEOUT);
        assertThat(failure.retryable()).isTrue();
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(450)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aLongPollMayTakeThePollTimeoutOnTopOfTheRequestTimeout() throws Exception {
        platform.always("getUpdates", Answer.ok("[]").after(1_000));
        BotApi polling = new BotApi(platform.baseUrl(), TOKEN, Duration.ofSeconds(1), Duration.ofMillis(500),
                FakeBotApi.JSON);

        assertThat(polling.getUpdates(7, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void theTokenNeverAppearsInFailuresEvenWhenThePlatformEchoesIt() {
        platform.always("sendMessage", Answer.error(400, "Bad Request: token " + TOKEN + " is not allowed here"));

        BotApiFailure failure = sendFails();

        assertThat(failure.getMessage()).doesNotContain(TOKEN).contains("<token>");
        assertThat(failure.toString()).doesNotContain(TOKEN);
        assertThat(api.toString()).doesNotContain(TOKEN).doesNotContain("AbCdEf");
    }

    @Test
    void callsLogTheirMethodAndStatusButNeitherTheTokenNorTheText() throws Exception {
        platform.always("sendMessage", Answer.ok("{\"message_id\":1}"));

        api.sendMessage(1, PERSIAN + " LINK-XYZ");

        assertThat(log.lines()).anyMatch(line -> line.contains("sendMessage") && line.contains("200"));
    }

    @Test
    void aBotWithoutATokenMakesNoCall() {
        BotApi unconfigured = new BotApi(platform.baseUrl(), null, Duration.ofSeconds(1), Duration.ofSeconds(1),
                FakeBotApi.JSON);

        assertThatThrownBy(unconfigured::getMe).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guild.messenger.token");
        assertThat(platform.requests()).isEmpty();
    }

    private BotApiFailure sendFails() {
        BotApiFailure failure = catchThrowableOfType(() -> api.sendMessage(1, PERSIAN), BotApiFailure.class);
        assertThat(failure).as("a BotApiFailure").isNotNull();
        assertThat(failure.getMessage()).doesNotContain(TOKEN).doesNotContain(PERSIAN);
        return failure;
    }
}
