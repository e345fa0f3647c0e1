package ir.guild.registry.notify.messenger;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Bot API call that did not succeed. Callers decide from {@link #retryable()} whether to try
 * again later (through the outbox's backoff) and from {@link #chatGone()} whether the member's
 * chat link is dead and should be removed. The message never carries the bot token nor the text
 * that was being sent.
 */
public class BotApiFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the call failed; each kind is either worth retrying or not. */
    public enum Kind {
        /** No answer: connection refused or reset, name not resolved. */
        NETWORK(true),
        /** No answer within the timeout. */
        TIMEOUT(true),
        /** 5xx, or an answer that is not the Bot API's JSON (a proxy's error page). */
        SERVER(true),
        /** 429: too many messages; {@link #retryAfter()} says how long to wait when the platform does. */
        RATE_LIMITED(true),
        /** 409: another getUpdates call or a webhook is in the way; clears up on its own. */
        CONFLICT(true),
        /** 403 (the member blocked the bot, the account is gone) or 400 "chat not found". */
        CHAT_GONE(false),
        /** 401 or 404: the token (or the base URL) is wrong or the token was revoked; nothing works until an operator fixes it. */
        UNAUTHORIZED(false),
        /** Any other 4xx: the request itself is wrong and would fail the same way again. */
        REJECTED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }
    }

    private final String method;
    private final Kind kind;
    private final Integer errorCode;
    private final Duration retryAfter;

    BotApiFailure(String method, Kind kind, Integer errorCode, Duration retryAfter, String message) {
        super(message);
        this.method = method;
        this.kind = kind;
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    /** The Bot API method that failed, e.g. {@code sendMessage}. */
    public String method() {
        return method;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the same call may succeed later. */
    public boolean retryable() {
        return kind.retryable;
    }

    /** Whether the chat can no longer be reached, so the caller should unlink it. */
    public boolean chatGone() {
        return kind == Kind.CHAT_GONE;
    }

    /** The Bot API's {@code error_code} (or the HTTP status without one); empty when nothing answered. */
    public OptionalInt errorCode() {
        return errorCode == null ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }

    /** How long the platform asked us to wait ({@code parameters.retry_after} of a 429). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
