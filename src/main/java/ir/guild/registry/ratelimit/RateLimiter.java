package ir.guild.registry.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import ir.guild.registry.common.TransactionLocks;

/**
 * Counts requests in fixed windows kept in PostgreSQL: one upsert per request adds the hit and
 * returns the window's count, so every instance of the app sees the same count. Windows start on
 * multiples of their length since the epoch; instances agree on them as far as their clocks agree
 * (NTP keeps that within far less than a window).
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    /** Only one instance at a time deletes finished windows; the others skip their turn. */
    static final long CLEANUP_LOCK = 0x726174656c696dL;

    /**
     * The count's commit does not wait for the WAL to reach the disk (synchronous_commit off for
     * this transaction only, set by the statement itself to save a round trip): every request of a
     * client updates the same row, whose lock would otherwise be held for a disk flush each time,
     * and a crash can lose at most the last few hundred milliseconds of counts, which only lets a
     * client in a little sooner.
     */
    static final String HIT = """
            insert into rate_limit_window (bucket, client_key, window_start, window_end, hits)
            select ?, ?, ?, ?, ? from (select set_config('synchronous_commit', 'off', true)) unflushed
            on conflict (bucket, client_key, window_start) do update set hits = rate_limit_window.hits + excluded.hits
            returning hits""";

    /** What one request learnt: whether it may go on and, if not, how long until the window ends. */
    public record Verdict(boolean allowed, int limit, int hits, Duration retryAfter) {

        /** Whole seconds to wait, rounded up and at least one, as {@code Retry-After} wants them. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final RateLimitConfig config;
    private final Clock clock = Clock.systemUTC();

    RateLimiter(EntityManager em, AgroalDataSource dataSource, RateLimitConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.config = config;
        config.limits().forEach((name, limit) -> {
            if (limit.requests() < 1 || limit.window().compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalStateException("guild.rate-limits." + name
                        + " needs at least one request in a window of at least one second");
            }
        });
    }

    /** Counts one request of {@code clientKey} against the limit {@code limitName}. */
    public Verdict hit(String limitName, String clientKey) {
        return hit(limitName, clientKey, 1, clock.instant());
    }

    /**
     * Counts {@code weight} requests at once, for one call that does the work of many (a batch of
     * verifications); refused when the window cannot take them all.
     */
    public Verdict hit(String limitName, String clientKey, int weight) {
        return hit(limitName, clientKey, weight, clock.instant());
    }

    /** As {@link #hit(String, String)}, at a given moment. */
    public Verdict hit(String limitName, String clientKey, Instant now) {
        return hit(limitName, clientKey, 1, now);
    }

    /**
     * One statement on a connection of its own in auto-commit: the count stands whatever the
     * request does next, and it is counted without a transaction manager or an entity manager,
     * since every limited request pays for it.
     */
    private Verdict hit(String limitName, String clientKey, int weight, Instant now) {
        if (weight < 1) {
            throw new IllegalArgumentException("A hit counts at least one request");
        }
        RateLimitConfig.Limit limit = limit(limitName);
        long windowSeconds = limit.window().toSeconds();
        long nowSeconds = now.getEpochSecond();
        Instant start = Instant.ofEpochSecond(nowSeconds - Math.floorMod(nowSeconds, windowSeconds));
        Instant end = start.plusSeconds(windowSeconds);
        // A caller's transaction, if any, is set aside: its rollback must not take the count with it.
        int hits = QuarkusTransaction.suspendingExisting().call(() -> count(limitName, clientKey, start, end, weight));
        return new Verdict(hits <= limit.requests(), limit.requests(), hits, Duration.between(now, end));
    }

    private int count(String limitName, String clientKey, Instant start, Instant end, int weight) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(HIT)) {
            statement.setString(1, limitName);
            statement.setString(2, clientKey);
            statement.setObject(3, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
            statement.setObject(4, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
            statement.setInt(5, weight);
            try (ResultSet counted = statement.executeQuery()) {
                counted.next();
                return counted.getInt(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not count a request against guild.rate-limits." + limitName, e);
        }
    }

    public RateLimitConfig.Limit limit(String limitName) {
        RateLimitConfig.Limit limit = config.limits().get(limitName);
        if (limit == null) {
            throw new IllegalArgumentException("No rate limit guild.rate-limits." + limitName + " is configured");
        }
        return limit;
    }

    @Scheduled(identity = "rate-limit-cleanup", every = "${guild.rate-limits.cleanup-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCleanup() {
        removeFinished(clock.instant());
    }

    /**
     * Deletes the windows that ended before {@code now}. Several instances may run this at the
     * same time: the one holding the lock deletes, the others return at once.
     *
     * @return how many windows were deleted
     */
    @Transactional
    public int removeFinished(Instant now) {
        if (!TransactionLocks.tryLock(em, CLEANUP_LOCK)) {
            return 0;
        }
        int removed = em.createNativeQuery("delete from rate_limit_window where window_end <= ?1")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        if (removed > 0) {
            LOG.debugf("Removed %d finished rate limit windows", removed);
        }
        return removed;
    }
}
