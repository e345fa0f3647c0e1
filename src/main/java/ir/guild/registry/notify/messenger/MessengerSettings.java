package ir.guild.registry.notify.messenger;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks {@link MessengerConfig} at start, so that a bad setting stops the app with a clear message. */
public final class MessengerSettings {

    /**
     * What a Bot API token looks like ({@code <bot id>:<secret>}); it becomes part of the URL
     * path, so anything else (a slash, a space, a stray quote from a secret store) is refused.
     */
    private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

    /** Shorter polls would ask the platform again and again for nothing. */
    static final Duration MIN_POLL_TIMEOUT = Duration.ofSeconds(1);

    /** The platforms hold a getUpdates call open for at most about a minute. */
    static final Duration MAX_POLL_TIMEOUT = Duration.ofSeconds(50);

    /** A code must outlive switching to the messenger app, and should not outlive much more. */
    static final Duration MIN_LINK_CODE_TTL = Duration.ofMinutes(1);
    static final Duration MAX_LINK_CODE_TTL = Duration.ofHours(1);

    private MessengerSettings() {
    }

    /**
     * @throws IllegalStateException naming every wrong key and its environment variable; the
     *         token's value is never part of the message
     */
    public static void check(MessengerConfig config) {
        List<String> problems = new ArrayList<>();
        try {
            URI base = new URI(config.baseUrl());
            if (!("https".equals(base.getScheme()) || "http".equals(base.getScheme())) || base.getHost() == null
                    || base.getQuery() != null || base.getFragment() != null) {
                problems.add("guild.messenger.base-url (GUILD_MESSENGER_BASE_URL) must be an http(s) address"
                        + " such as " + MessengerConfig.BALE_BASE_URL);
            }
        } catch (URISyntaxException e) {
            problems.add("guild.messenger.base-url (GUILD_MESSENGER_BASE_URL) is not a URL");
        }
        if (config.enabled()) {
            String token = config.token().map(String::strip).orElse("");
            if (token.isEmpty()) {
                problems.add("guild.messenger.token (GUILD_MESSENGER_TOKEN) must be set when guild.messenger.enabled"
                        + " is true: the token BotFather gave for the bot");
            } else if (!TOKEN.matcher(token).matches()) {
                problems.add("guild.messenger.token (GUILD_MESSENGER_TOKEN) does not look like a bot token"
                        + " (digits, a colon, then letters, digits, _ or -)");
            }
        }
        if (config.pollTimeout().compareTo(MIN_POLL_TIMEOUT) < 0 || config.pollTimeout().compareTo(MAX_POLL_TIMEOUT) > 0) {
            problems.add("guild.messenger.poll-timeout (GUILD_MESSENGER_POLL_TIMEOUT) must be between 1s and "
                    + MAX_POLL_TIMEOUT.toSeconds() + "s");
        }
        if (config.connectTimeout().isNegative() || config.connectTimeout().isZero()) {
            problems.add("guild.messenger.connect-timeout (GUILD_MESSENGER_CONNECT_TIMEOUT) must be positive");
        }
        if (config.requestTimeout().isNegative() || config.requestTimeout().isZero()) {
            problems.add("guild.messenger.request-timeout (GUILD_MESSENGER_REQUEST_TIMEOUT) must be positive");
        }
        if (config.linkCodeTtl().compareTo(MIN_LINK_CODE_TTL) < 0 || config.linkCodeTtl().compareTo(MAX_LINK_CODE_TTL) > 0) {
            problems.add("guild.messenger.link-code-ttl (GUILD_MESSENGER_LINK_CODE_TTL) must be between 1m and 1h");
        }
        if (config.linkCodesPerHour() < 1) {
            problems.add("guild.messenger.link-codes-per-hour (GUILD_MESSENGER_LINK_CODES_PER_HOUR) must be at least 1");
        }
        config.startLink().map(String::strip).filter(link -> !link.isEmpty()).ifPresent(link -> {
            if (!link.contains("{code}") || !(link.startsWith("https://") || link.startsWith("http://"))) {
                problems.add("guild.messenger.start-link (GUILD_MESSENGER_START_LINK) must be an http(s) address"
                        + " with {code} in it, such as https://ble.ir/{bot}?start={code}");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Messenger bot settings: " + String.join("; ", problems));
        }
    }
}
