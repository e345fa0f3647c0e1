package ir.guild.registry.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.ToDoubleFunction;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The outbox backlog as Prometheus gauges, for alerts that notice side effects piling up or
 * giving up: {@code guild_outbox_messages{status="pending"|"failed"}} and
 * {@code guild_outbox_oldest_pending_age_seconds}. The figures are read from PostgreSQL, so every
 * instance reports the same shared backlog. One query serves all three gauges of a scrape.
 */
@Singleton
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    /** Gauges of one scrape are read within this time of each other; one query answers them all. */
    static final Duration REUSE = Duration.ofSeconds(1);

    static final String SNAPSHOT = """
            select (select count(*) from outbox_message where status = 'PENDING'),
                   (select min(created_at) from outbox_message where status = 'PENDING'),
                   (select count(*) from outbox_message where status = 'FAILED')""";

    record Backlog(long pending, long failed, Instant oldestPending, Instant readAt) {

        static final Backlog UNKNOWN = new Backlog(-1, -1, null, Instant.EPOCH);

        double oldestPendingAgeSeconds() {
            if (pending < 0) {
                return Double.NaN;
            }
            return oldestPending == null ? 0 : Math.max(0, Duration.between(oldestPending, readAt).toMillis() / 1000.0);
        }
    }

    private final EntityManager em;
    private volatile Backlog last = Backlog.UNKNOWN;

    OutboxMetrics(EntityManager em) {
        this.em = em;
    }

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        gauge(registry, "guild.outbox.messages", "Outbox messages still to deliver (pending) or given up (failed)",
                backlog -> backlog.pending() < 0 ? Double.NaN : backlog.pending(), "status", "pending");
        gauge(registry, "guild.outbox.messages", "Outbox messages still to deliver (pending) or given up (failed)",
                backlog -> backlog.failed() < 0 ? Double.NaN : backlog.failed(), "status", "failed");
        Gauge.builder("guild.outbox.oldest.pending.age", this, metrics -> metrics.backlog().oldestPendingAgeSeconds())
                .description("How long the oldest pending outbox message has waited; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Backlog> value,
            String... tags) {
        Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.backlog()))
                .description(description)
                .tags(tags)
                .register(registry);
    }

    /** The backlog now, or the one read a moment ago for the same scrape; unknown (NaN) if PostgreSQL is away. */
    Backlog backlog() {
        Backlog known = last;
        Instant now = Instant.now();
        if (known.readAt().plus(REUSE).isAfter(now)) {
            return known;
        }
        try {
            Backlog read = QuarkusTransaction.requiringNew().call(this::read);
            last = read;
            return read;
        } catch (RuntimeException e) {
            LOG.debugf("Outbox backlog unavailable: %s", e.getMessage());
            return Backlog.UNKNOWN;
        }
    }

    private Backlog read() {
        Object[] row = (Object[]) em.createNativeQuery(SNAPSHOT).getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[2]).longValue(), instant(row[1]),
                Instant.now());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
