package ir.guild.registry.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import ir.guild.registry.common.TransactionLocks;

/**
 * Deletes the records of delivery attempts once they are older than
 * {@code guild.outbox.attempts-kept}: every message, mail, SMS or webhook, leaves one row per
 * try, and nothing reads them after the delivery health's day. The messages themselves stay.
 */
@ApplicationScoped
public class AttemptCleanup {

    private static final Logger LOG = Logger.getLogger(AttemptCleanup.class);

    /** Only one instance at a time deletes; the others skip their turn. "outbox-a" in ASCII. */
    static final long CLEANUP_LOCK = 0x6f7574626f782d61L;

    private final OutboxConfig config;
    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    AttemptCleanup(OutboxConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    @Scheduled(identity = "outbox-attempt-cleanup", every = "${guild.outbox.attempt-cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCleanup() {
        removeOld(clock.instant());
    }

    /**
     * Deletes the attempts made more than {@code guild.outbox.attempts-kept} before {@code now}.
     * Several instances may run this at the same time: the one holding the lock deletes, the
     * others return at once.
     *
     * @return how many attempts were deleted
     */
    @Transactional
    public int removeOld(Instant now) {
        if (!TransactionLocks.tryLock(em, CLEANUP_LOCK)) {
            return 0;
        }
        Instant before = now.minus(config.attemptsKept());
        int removed = em.createNativeQuery("delete from outbox_attempt where attempted_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).executeUpdate();
        if (removed > 0) {
            LOG.infof("Removed %d outbox delivery attempts made before %s", removed, before);
        }
        return removed;
    }
}
