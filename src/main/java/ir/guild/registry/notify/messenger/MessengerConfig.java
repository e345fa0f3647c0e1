package ir.guild.registry.notify.messenger;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The messenger bot: a bot on a platform that speaks the Telegram-compatible Bot API (Bale's
 * by default). Off unless {@code enabled}; when on, {@link #token()} is required and checked at
 * start by {@link MessengerSettings#check(MessengerConfig)}.
 */
@ConfigMapping(prefix = "guild.messenger")
public interface MessengerConfig {

    /** Bale's public Bot API address. */
    String BALE_BASE_URL = "https://tapi.bale.ai";

    /** Whether this instance talks to the bot platform at all (polls for updates, sends messages). */
    @WithDefault("false")
    boolean enabled();

    /** The Bot API address without the {@code /bot<token>/} part. */
    @WithDefault(BALE_BASE_URL)
    String baseUrl();

    /** The token BotFather gave for the bot; a secret, since it is the whole of the bot's identity. */
    Optional<String> token();

    /** The bot's user name (without {@code @}), shown to members so they can find it. */
    Optional<String> botUsername();

    /** How long one getUpdates call waits on the platform for a new message before answering empty. */
    @WithDefault("25s")
    Duration pollTimeout();

    /** How long opening the connection to the platform may take. */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * How long one call may take, connecting included; a getUpdates call may take the poll
     * timeout on top of this.
     */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How long a code a member sends the bot to link their chat stays valid. */
    @WithDefault("10m")
    Duration linkCodeTtl();

    /** How many linking codes one account may ask for within an hour. */
    @WithDefault("5")
    int linkCodesPerHour();

    /**
     * The address that opens the bot with a linking code already filled in, with {@code {bot}}
     * and {@code {code}} in it, e.g. {@code https://ble.ir/{bot}?start={code}}; none by default,
     * since not every platform or client honours such links.
     */
    Optional<String> startLink();
}
