package ir.guild.registry.notify.messenger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A client of the Telegram-compatible Bot API (Bale's bot platform by default): every call is a
 * POST of a JSON body to {@code <base-url>/bot<token>/<method>}, answered with
 * {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code":N,"description":"..."}}.
 *
 * <p>The token is part of every URL by the platform's design, so neither the URL nor the token
 * is ever logged or put into an exception message; nor is the text of a message, sent or
 * received. Texts go out without a parse mode, so nothing a member typed (a name with
 * {@code *} or {@code <}) is read as formatting.
 */
public class BotApi {

    /** The longest text one message may carry on the platform. */
    public static final int MAX_TEXT_LENGTH = 4096;

    private static final Logger LOG = Logger.getLogger(BotApi.class);
    private static final String MASK = "<token>";

    private final String baseUrl;
    private final String token;
    private final Duration requestTimeout;
    private final ObjectMapper json;
    private final HttpClient http;

    /**
     * @param token may be {@code null} while the bot is not configured; every call then fails
     *        with an {@link IllegalStateException}
     */
    public BotApi(String baseUrl, String token, Duration connectTimeout, Duration requestTimeout, ObjectMapper json) {
        this.baseUrl = stripTrailingSlashes(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.json = Objects.requireNonNull(json, "json");
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static BotApi of(MessengerConfig config, ObjectMapper json) {
        return new BotApi(config.baseUrl(), config.token().orElse(null), config.connectTimeout(),
                config.requestTimeout(), json);
    }

    /** Asks who the bot is; a cheap check that the address and the token work. */
    public BotUser getMe() throws BotApiFailure {
        JsonNode result = call("getMe", json.createObjectNode(), requestTimeout);
        return new BotUser(result.path("id").asLong(), textOrNull(result, "username"),
                textOrNull(result, "first_name"), result.path("is_bot").asBoolean(true));
    }

    /**
     * Sends plain text to a chat.
     *
     * @return the platform's id of the message sent
     */
    public long sendMessage(long chatId, String text) throws BotApiFailure {
        return sendMessage(chatId, text, null);
    }

    /**
     * Sends plain text to a chat, with one button under it that opens {@code button}'s page
     * when given.
     *
     * @return the platform's id of the message sent
     */
    public long sendMessage(long chatId, String text, LinkButton button) throws BotApiFailure {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("A message text is 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        ObjectNode body = json.createObjectNode();
        body.put("chat_id", chatId);
        body.put("text", text);
        if (button != null) {
            ArrayNode row = body.putObject("reply_markup").putArray("inline_keyboard").addArray();
            row.addObject().put("text", button.label()).put("url", button.url().toString());
        }
        return call("sendMessage", body, requestTimeout).path("message_id").asLong();
    }

    /**
     * Long polling: waits up to {@code timeout} on the platform for updates from {@code offset}
     * on (the last update handled plus one), which also confirms every update before it.
     */
    public List<BotUpdate> getUpdates(long offset, Duration timeout) throws BotApiFailure {
        ObjectNode body = json.createObjectNode();
        body.put("offset", offset);
        body.put("timeout", timeout.toSeconds());
        body.putArray("allowed_updates").add("message");
        JsonNode result = call("getUpdates", body, requestTimeout.plus(timeout));
        if (!result.isArray()) {
            throw new BotApiFailure("getUpdates", BotApiFailure.Kind.SERVER, null, null,
                    "Bot API getUpdates answered without a list of updates");
        }
        List<BotUpdate> updates = new ArrayList<>(result.size());
        for (JsonNode update : result) {
            updates.add(new BotUpdate(update.path("update_id").asLong(), privateText(update.path("message"))));
        }
        return updates;
    }

    /** Removes any webhook, which would otherwise make every getUpdates call fail with 409. */
    public void deleteWebhook() throws BotApiFailure {
        call("deleteWebhook", json.createObjectNode(), requestTimeout);
    }

    private static IncomingBotMessage privateText(JsonNode message) {
        JsonNode text = message.path("text");
        JsonNode chat = message.path("chat");
        JsonNode from = message.path("from");
        if (!text.isTextual() || !chat.path("id").canConvertToLong() || !from.path("id").canConvertToLong()
                || !"private".equals(chat.path("type").asText("private"))) {
            return null;
        }
        return new IncomingBotMessage(chat.path("id").asLong(), from.path("id").asLong(),
                textOrNull(from, "username"), text.asText());
    }

    private JsonNode call(String method, ObjectNode body, Duration timeout) throws BotApiFailure {
        if (token == null) {
            throw new IllegalStateException("The messenger bot has no token (guild.messenger.token)");
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + token + "/" + method))
                    .timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot build the Bot API " + method + " request", null);
        }
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw failure(method, BotApiFailure.Kind.TIMEOUT, null, null,
                    "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw failure(method, BotApiFailure.Kind.NETWORK, null, null,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + mask(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(method, BotApiFailure.Kind.NETWORK, null, null, "interrupted");
        }
        LOG.debugf("Bot API %s answered HTTP %d in %d ms", method, response.statusCode(),
                (System.nanoTime() - started) / 1_000_000);
        return result(method, response);
    }

    private JsonNode result(String method, HttpResponse<String> response) throws BotApiFailure {
        int status = response.statusCode();
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JsonProcessingException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject() || !answer.path("ok").isBoolean()) {
            // A proxy's or load balancer's page rather than the Bot API's answer.
            throw failure(method, kindWithoutAnswer(status), status, null, "HTTP " + status + " without a Bot API answer");
        }
        if (answer.path("ok").asBoolean() && status >= 200 && status < 300) {
            return answer.path("result");
        }
        int code = answer.path("error_code").canConvertToInt() ? answer.path("error_code").asInt() : status;
        String description = answer.path("description").asText("");
        JsonNode retryAfter = answer.path("parameters").path("retry_after");
        Duration wait = retryAfter.canConvertToLong() && retryAfter.asLong() >= 0
                ? Duration.ofSeconds(retryAfter.asLong()) : null;
        BotApiFailure.Kind kind = kindOf(code, description);
        throw failure(method, kind, code, kind == BotApiFailure.Kind.RATE_LIMITED ? wait : null,
                code + (description.isEmpty() ? "" : " " + mask(description))
                        + (wait != null && kind == BotApiFailure.Kind.RATE_LIMITED ? ", retry after " + wait.toSeconds() + " s" : ""));
    }

    /**
     * An answer that is not the Bot API's JSON came from something in between (a proxy, a
     * firewall) or from a wrong address: it never says anything about the member's chat.
     */
    private static BotApiFailure.Kind kindWithoutAnswer(int status) {
        if (status == 429) {
            return BotApiFailure.Kind.RATE_LIMITED;
        }
        if (status == 401 || status == 404) {
            return BotApiFailure.Kind.UNAUTHORIZED;
        }
        return status >= 400 && status < 500 && status != 408 ? BotApiFailure.Kind.REJECTED : BotApiFailure.Kind.SERVER;
    }

    private static BotApiFailure.Kind kindOf(int code, String description) {
        if (code == 429) {
            return BotApiFailure.Kind.RATE_LIMITED;
        }
        if (code >= 500 || code < 400) {
            return BotApiFailure.Kind.SERVER;
        }
        if (code == 409) {
            return BotApiFailure.Kind.CONFLICT;
        }
        if (code == 401 || code == 404) {
            return BotApiFailure.Kind.UNAUTHORIZED;
        }
        String lower = description.toLowerCase(Locale.ROOT);
        if (code == 403 || code == 400 && (lower.contains("chat not found") || lower.contains("user not found"))) {
            return BotApiFailure.Kind.CHAT_GONE;
        }
        return BotApiFailure.Kind.REJECTED;
    }

    private BotApiFailure failure(String method, BotApiFailure.Kind kind, Integer code, Duration retryAfter,
            String detail) {
        return new BotApiFailure(method, kind, code, retryAfter, "Bot API " + method + " failed: " + detail);
    }

    /** Removes the token from text that came from elsewhere (an exception, the platform's description). */
    private String mask(String text) {
        return token == null ? text : text.replace(token, MASK);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static String stripTrailingSlashes(String url) {
        String stripped = url.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    @Override
    public String toString() {
        return "BotApi[" + baseUrl + "/bot" + MASK + "/]";
    }
}
