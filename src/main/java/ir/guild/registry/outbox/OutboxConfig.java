package ir.guild.registry.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "guild.outbox")
public interface OutboxConfig {

    /** How often each instance looks for due messages ({@code off} disables the relay). */
    @WithDefault("2s")
    String pollInterval();

    /** At most this many messages are claimed per poll. */
    @WithDefault("50")
    int batchSize();

    /** After this many failed attempts a message is marked FAILED and left for an admin. */
    @WithDefault("12")
    int maxAttempts();

    /** The wait after the first failure; it doubles with each further failure. */
    @WithDefault("5s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /**
     * How long a claimed message stays invisible to other instances while it is being
     * delivered; if the instance dies, another one retries after this.
     */
    @WithDefault("2m")
    Duration claimLease();

    /**
     * How long the record of each delivery attempt is kept ({@link OutboxAttempt}); the delivery
     * health reads only the last day of them.
     */
    @WithDefault("P30D")
    Duration attemptsKept();

    /** How often attempts older than {@link #attemptsKept()} are deleted ({@code off} never). */
    @WithDefault("1h")
    String attemptCleanupInterval();
}
