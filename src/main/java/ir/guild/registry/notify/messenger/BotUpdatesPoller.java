package ir.guild.registry.notify.messenger;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

/**
 * Receives what people send the bot, by long polling: one thread asks getUpdates, which the
 * platform holds open until a message arrives or the poll timeout passes, hands every text
 * message on, and asks again from the next update.
 *
 * <p><b>Why long polling rather than a webhook.</b> A webhook needs an https address the bot
 * platform can reach from the internet, with a certificate it accepts, a path kept secret and a
 * proxy rule for it; long polling only needs outgoing connections, so it works behind NAT, in a
 * cluster with no public ingress, on a developer's machine and in tests alike. The price is one
 * open request per poll timeout, which is nothing at a guild's volume, and a delay of at most one
 * round trip.
 *
 * <p><b>Only one instance polls.</b> Two pollers would each receive (and confirm away) part of
 * the updates, and the platform answers 409 to concurrent calls. So the loop first takes a
 * {@link PollerLock}: in the app a PostgreSQL advisory lock on a connection of its own
 * ({@link PostgresPollerLock}); the other instances retry every lock-retry interval and take over
 * within that time when the polling instance stops or dies.
 *
 * <p><b>Offsets.</b> An update is confirmed to the platform by asking for a later offset, and the
 * offset moves past an update only after the recipient accepted it. If the recipient fails, the
 * same update is offered again after a backoff; after {@value #MAX_HANDOVER_ATTEMPTS} failures in
 * a row it is skipped with an error in the log, so one bad message cannot stop every later one.
 * An instance that dies between handing on and the next poll leaves those updates unconfirmed,
 * so the next poller hands them on again: recipients must tolerate a repeat (a one-time linking
 * code used twice is the same link).
 *
 * <p><b>Failures.</b> Any failed call (the platform down, a timeout, 429, even a wrong token) is
 * logged without the token and retried after a backoff that doubles from the initial one up to
 * the maximum, or after the platform's {@code retry_after} when it gives one (bounded by the
 * same maximum); a success resets it. The loop only ends when {@link #stop()} is called.
 */
public class BotUpdatesPoller {

    static final int MAX_HANDOVER_ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(BotUpdatesPoller.class);

    /**
     * @param pollTimeout how long each getUpdates waits on the platform
     * @param initialBackoff the wait after the first failure in a row
     * @param maxBackoff the longest wait after failures
     * @param lockRetry how often an instance that does not hold the lock tries to take it
     */
    public record Timing(Duration pollTimeout, Duration initialBackoff, Duration maxBackoff, Duration lockRetry) {

        public static Timing of(MessengerConfig config) {
            return new Timing(config.pollTimeout(), Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(30));
        }
    }

    private final BotApi api;
    private final PollerLock lock;
    private final Consumer<IncomingBotMessage> recipient;
    private final Timing timing;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile Thread thread;
    private volatile long offset;

    public BotUpdatesPoller(BotApi api, PollerLock lock, Consumer<IncomingBotMessage> recipient, Timing timing) {
        this.api = Objects.requireNonNull(api, "api");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.timing = Objects.requireNonNull(timing, "timing");
    }

    /** Starts the polling thread; it runs until {@link #stop()}. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("The messenger poller was started already");
        }
        thread = new Thread(this::run, "messenger-bot-poller");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops polling, abandoning a getUpdates call in flight, and lets the lock go.
     *
     * @return whether the thread ended within {@code wait}
     */
    public boolean stop(Duration wait) {
        stopping.countDown();
        Thread running = thread;
        if (running == null) {
            return true;
        }
        running.interrupt();
        try {
            running.join(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running.isAlive()) {
            LOG.warnf("The messenger poller did not stop within %d ms", wait.toMillis());
            return false;
        }
        return true;
    }

    /** The next update id asked for: every update below it was handed on (or skipped). */
    public long offset() {
        return offset;
    }

    public boolean isRunning() {
        Thread running = thread;
        return running != null && running.isAlive();
    }

    private void run() {
        int failures = 0;
        long failingUpdate = -1;
        int handoverFailures = 0;
        boolean webhookCleared = false;
        try {
            while (stopping.getCount() > 0) {
                Duration pause = Duration.ZERO;
                try {
                    if (!lock.acquire()) {
                        webhookCleared = false;
                        pause = timing.lockRetry();
                    } else {
                        if (!webhookCleared) {
                            api.deleteWebhook();
                            webhookCleared = true;
                        }
                        List<BotUpdate> updates = api.getUpdates(offset, timing.pollTimeout());
                        failures = 0;
                        for (BotUpdate update : updates) {
                            if (stopping.getCount() == 0) {
                                break;
                            }
                            if (update.updateId() < offset) {
                                continue;
                            }
                            Optional<IncomingBotMessage> message = update.textMessage();
                            if (message.isPresent()) {
                                try {
                                    recipient.accept(message.get());
                                    handoverFailures = 0;
                                } catch (RuntimeException e) {
                                    handoverFailures = update.updateId() == failingUpdate ? handoverFailures + 1 : 1;
                                    failingUpdate = update.updateId();
                                    if (handoverFailures < MAX_HANDOVER_ATTEMPTS) {
                                        LOG.warnf("Handing on bot update %d failed (attempt %d), trying again: %s",
                                                update.updateId(), handoverFailures, e.getClass().getName());
                                        pause = backoff(++failures, null);
                                        break;
                                    }
                                    LOG.errorf(e, "Skipping bot update %d after %d failed attempts to hand it on",
                                            update.updateId(), handoverFailures);
                                    handoverFailures = 0;
                                }
                            }
                            offset = update.updateId() + 1;
                        }
                    }
                } catch (BotApiFailure failure) {
                    if (stopping.getCount() == 0) {
                        break;
                    }
                    pause = backoff(++failures, failure.retryAfter().orElse(null));
                    if (failure.retryable()) {
                        LOG.warnf("%s; polling again in %d ms", failure.getMessage(), pause.toMillis());
                    } else {
                        LOG.errorf("%s; check guild.messenger.base-url and guild.messenger.token; polling again in %d ms",
                                failure.getMessage(), pause.toMillis());
                    }
                } catch (RuntimeException e) {
                    pause = backoff(++failures, null);
                    LOG.errorf(e, "The messenger poller failed; polling again in %d ms", pause.toMillis());
                }
                if (!pause.isZero() && stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            // stop() interrupts a wait or a call in flight: leave.
        } finally {
            Thread.interrupted();
            lock.release();
            LOG.debug("The messenger poller stopped");
        }
    }

    /** Doubles from the initial backoff up to the maximum; the platform's retry_after wins, bounded the same. */
    Duration backoff(int failures, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isZero() && !retryAfter.isNegative()) {
            return retryAfter.compareTo(timing.maxBackoff()) > 0 ? timing.maxBackoff() : retryAfter;
        }
        Duration wait = timing.initialBackoff();
        for (int i = 1; i < failures && wait.compareTo(timing.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(timing.maxBackoff()) > 0 ? timing.maxBackoff() : wait;
    }
}
