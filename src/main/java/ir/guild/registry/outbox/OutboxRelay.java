package ir.guild.registry.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers outbox messages. Every instance polls; a message is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and hidden for a lease while it is delivered, so with
 * several instances each message goes to one of them. Failures are retried with
 * exponential backoff; a message that keeps failing, or whose handler says it never can succeed
 * ({@link PermanentFailure}), is marked FAILED. Every attempt is recorded ({@link OutboxAttempt}).
 * <p>
 * A batch of slow deliveries can outlive its lease, and another instance may then claim what is
 * left. A claim is therefore fenced by the attempt number it set: the lease is renewed just before
 * each delivery, and the outcome is written, only while that number is still the message's;
 * otherwise the newer claim owns the message and this instance leaves it alone.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    static final String CLAIM_DUE = """
            with due as (
                select id from outbox_message
                where status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at, id
                limit ?1
                for update skip locked)
            update outbox_message m
               set attempts = m.attempts + 1,
                   next_attempt_at = now() + make_interval(secs => ?2)
              from due
             where m.id = due.id
            returning m.id, m.attempts""";

    static final String RENEW_CLAIM = """
            update outbox_message
               set next_attempt_at = now() + make_interval(secs => ?3)
             where id = ?1 and status = 'PENDING' and attempts = ?2
            returning id""";

    /** A message this instance claimed, and the attempt number its claim set. */
    record Claim(long id, int attempt) {
    }

    private final Map<String, OutboxHandler<?>> handlers = new HashMap<>();
    private final OutboxConfig config;
    private final ObjectMapper json;
    private final EntityManager em;

    OutboxRelay(Instance<OutboxHandler<?>> handlers, OutboxConfig config, ObjectMapper json, EntityManager em) {
        handlers.forEach(handler -> {
            OutboxHandler<?> previous = this.handlers.put(handler.kind(), handler);
            if (previous != null) {
                throw new IllegalStateException("Two outbox handlers for kind " + handler.kind());
            }
        });
        this.config = config;
        this.json = json;
        this.em = em;
    }

    @Scheduled(identity = "outbox-relay", every = "${guild.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        deliverDue();
    }

    /** Claims the messages due now and delivers them; returns how many were delivered. */
    public int deliverDue() {
        List<Claim> claimed = claimDue();
        int delivered = 0;
        for (Claim claim : claimed) {
            if (deliver(claim)) {
                delivered++;
            }
        }
        return delivered;
    }

    @SuppressWarnings("unchecked")
    List<Claim> claimDue() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(CLAIM_DUE)
                .setParameter(1, config.batchSize())
                .setParameter(2, (double) config.claimLease().toSeconds())
                .getResultList());
        return rows.stream()
                .map(row -> new Claim(((Number) row[0]).longValue(), ((Number) row[1]).intValue()))
                .toList();
    }

    /**
     * Delivers one claimed message unless another instance has claimed it since; returns whether
     * this delivery is the one recorded.
     */
    boolean deliver(Claim claim) {
        if (!QuarkusTransaction.requiringNew().call(() -> renew(claim))) {
            LOG.infof("Outbox message %d was claimed again after attempt %d's lease ran out; leaving it to that claim",
                    claim.id(), claim.attempt());
            return false;
        }
        OutboxMessage message = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.findById(claim.id()));
        try {
            OutboxHandler<?> handler = handlers.get(message.kind);
            if (handler == null) {
                throw new IllegalStateException("No handler for outbox kind " + message.kind);
            }
            deliverWith(handler, message);
            return QuarkusTransaction.requiringNew().call(() -> markDelivered(claim));
        } catch (Exception e) {
            LOG.warnf("Outbox message %d (%s) failed on attempt %d: %s", claim.id(), message.kind, claim.attempt(),
                    e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> markFailedAttempt(claim, e));
            return false;
        }
    }

    /** Hides the message for another lease, if the claim is still the message's latest. */
    private boolean renew(Claim claim) {
        return !em.createNativeQuery(RENEW_CLAIM)
                .setParameter(1, claim.id())
                .setParameter(2, claim.attempt())
                .setParameter(3, (double) config.claimLease().toSeconds())
                .getResultList()
                .isEmpty();
    }

    /**
     * The message, locked, if the claim is still its latest; otherwise null and a note in the log.
     * The lock keeps a new claim from slipping in between this check and the write.
     */
    private OutboxMessage stillClaimed(Claim claim, String outcome) {
        OutboxMessage message = OutboxMessage.findById(claim.id(), LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.status != OutboxMessage.Status.PENDING
                || message.attempts != claim.attempt()) {
            LOG.warnf("Outbox message %d: attempt %d %s after its lease ran out and another claim took over; "
                    + "not recorded", claim.id(), claim.attempt(), outcome);
            return null;
        }
        return message;
    }

    private <T> void deliverWith(OutboxHandler<T> handler, OutboxMessage message) throws Exception {
        T payload = json.readValue(message.payload, handler.payloadType());
        handler.deliver(payload, message.id);
    }

    private boolean markDelivered(Claim claim) {
        OutboxMessage message = stillClaimed(claim, "succeeded");
        if (message == null) {
            return false;
        }
        message.status = OutboxMessage.Status.DELIVERED;
        message.deliveredAt = Instant.now();
        message.lastError = null;
        OutboxAttempt.record(message, message.deliveredAt, null);
        return true;
    }

    private void markFailedAttempt(Claim claim, Exception error) {
        OutboxMessage message = stillClaimed(claim, "failed");
        if (message == null) {
            return;
        }
        long id = claim.id();
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        message.lastError = text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
        OutboxAttempt.record(message, Instant.now(), message.lastError);
        if (error instanceof PermanentFailure) {
            message.status = OutboxMessage.Status.FAILED;
            LOG.errorf("Outbox message %d (%s) gave up on attempt %d: it cannot succeed", id, message.kind,
                    message.attempts);
        } else if (message.attempts >= config.maxAttempts()) {
            message.status = OutboxMessage.Status.FAILED;
            LOG.errorf("Outbox message %d (%s) gave up after %d attempts", id, message.kind, message.attempts);
        } else {
            message.nextAttemptAt = Instant.now().plus(backoff(message.attempts));
        }
    }

    /** initial × 2^(attempts−1), capped, with up to 20% jitter so instances do not retry in step. */
    Duration backoff(int attempts) {
        long initial = config.initialBackoff().toMillis();
        long exponential = initial << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(exponential <= 0 ? Long.MAX_VALUE : exponential, config.maxBackoff().toMillis());
        long jitter = (long) (capped * 0.2 * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(capped + jitter);
    }
}
