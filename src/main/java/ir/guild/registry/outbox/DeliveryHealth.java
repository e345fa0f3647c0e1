package ir.guild.registry.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How each delivery channel fares, read live from the outbox and its attempts: what went out and
 * what failed in the last day, what is waiting and since when, what was given up, and whether the
 * latest attempt succeeded. Admins see it on their home page and at {@code /api/v1/admin/delivery-health}.
 */
@ApplicationScoped
public class DeliveryHealth {

    /** The window of the attempt counts. */
    public static final Duration WINDOW = Duration.ofHours(24);

    /** Longer than this, an error is cut when shown. */
    static final int ERROR_SHOWN = 200;

    public enum State {
        /** The latest attempt succeeded and nothing was given up in the window. */
        OK,
        /** The latest attempt failed: the channel may be down or misconfigured. */
        FAILING,
        /** The latest attempt succeeded, but messages were given up in the window. */
        DEGRADED,
        /** No attempt in the window. */
        IDLE
    }

    @Schema(name = "ChannelHealth")
    public record ChannelHealth(
            @Schema(description = "The outbox kind: mail, sms, messenger") String channel,
            State state,
            @Schema(description = "Attempts that succeeded in the last 24 hours") long delivered,
            @Schema(description = "Attempts that failed in the last 24 hours") long failedAttempts,
            @Schema(description = "Messages waiting to be delivered now") long waiting,
            @Schema(description = "When the oldest waiting message was written") Instant oldestWaiting,
            @Schema(description = "Messages given up in the last 24 hours") long givenUp,
            @Schema(description = "The latest successful delivery") Instant lastDelivered,
            @Schema(description = "The error of the latest failed attempt in the last 24 hours, shortened")
            String lastError) {
    }

    static final String QUERY = """
            select k.kind,
                   (select count(*) from outbox_attempt a
                     where a.kind = k.kind and a.attempted_at > ?2 and a.succeeded),
                   (select count(*) from outbox_attempt a
                     where a.kind = k.kind and a.attempted_at > ?2 and not a.succeeded),
                   (select count(*) from outbox_message m where m.kind = k.kind and m.status = 'PENDING'),
                   (select min(m.created_at) from outbox_message m where m.kind = k.kind and m.status = 'PENDING'),
                   (select count(*) from outbox_message m
                     where m.kind = k.kind and m.status = 'FAILED'
                       and exists (select 1 from outbox_attempt a where a.message_id = m.id and a.attempted_at > ?2)),
                   (select max(a.attempted_at) from outbox_attempt a where a.kind = k.kind and a.succeeded),
                   (select a.succeeded from outbox_attempt a
                     where a.kind = k.kind and a.attempted_at > ?2 order by a.attempted_at desc, a.id desc limit 1),
                   (select a.error from outbox_attempt a
                     where a.kind = k.kind and a.attempted_at > ?2 and not a.succeeded
                     order by a.attempted_at desc, a.id desc limit 1)
              from unnest(cast(?1 as text[])) with ordinality as k(kind, position)
             order by k.position""";

    private final EntityManager em;

    DeliveryHealth(EntityManager em) {
        this.em = em;
    }

    /** The health of each of {@code channels} (outbox kinds), in that order. */
    @SuppressWarnings("unchecked")
    public List<ChannelHealth> of(List<String> channels, Instant now) {
        List<Object[]> rows = em.createNativeQuery(QUERY)
                .setParameter(1, channels.toArray(String[]::new))
                .setParameter(2, now.minus(WINDOW))
                .getResultList();
        return rows.stream().map(DeliveryHealth::health).toList();
    }

    private static ChannelHealth health(Object[] row) {
        long delivered = ((Number) row[1]).longValue();
        long failed = ((Number) row[2]).longValue();
        long givenUp = ((Number) row[5]).longValue();
        Boolean lastSucceeded = (Boolean) row[7];
        State state = lastSucceeded == null ? State.IDLE
                : !lastSucceeded ? State.FAILING
                : givenUp > 0 ? State.DEGRADED
                : State.OK;
        String error = (String) row[8];
        if (error != null && error.length() > ERROR_SHOWN) {
            error = error.substring(0, ERROR_SHOWN) + "…";
        }
        return new ChannelHealth((String) row[0], state, delivered, failed, ((Number) row[3]).longValue(),
                instant(row[4]), givenUp, instant(row[6]), error);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
