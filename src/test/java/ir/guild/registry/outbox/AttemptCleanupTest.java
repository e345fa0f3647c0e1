package ir.guild.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AttemptCleanupTest {

    private static final Duration KEPT = Duration.ofDays(30);

    @Inject
    TestNotes notes;

    @Inject
    OutboxRelay relay;

    @Inject
    AttemptCleanup cleanup;

    @Inject
    EntityManager em;

    @BeforeEach
    void clean() {
        notes.clear();
    }

    private void attempt(long messageId, int number, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into outbox_attempt"
                + " (message_id, kind, attempt, attempted_at, succeeded, error) values (?1, ?2, ?3, ?4, false, 'down')")
                .setParameter(1, messageId).setParameter(2, RecordingHandler.KIND).setParameter(3, number)
                .setParameter(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate());
    }

    private List<Integer> attemptsOf(long messageId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxAttempt.<OutboxAttempt>list(
                "messageId = ?1 order by attempt", messageId).stream().map(a -> a.attempt).toList());
    }

    @Test
    void attemptsOlderThanTheKeptPeriodAreDeletedAndTheMessageAndNewerAttemptsStay() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long id = notes.enqueue("retried");
        attempt(id, 1, now.minus(KEPT).minusSeconds(86_400));
        attempt(id, 2, now.minus(KEPT).minusSeconds(1));
        attempt(id, 3, now.minus(KEPT).plusSeconds(60));
        attempt(id, 4, now.minusSeconds(3_600));

        assertThat(cleanup.removeOld(now)).isEqualTo(2);

        assertThat(attemptsOf(id)).containsExactly(3, 4);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("id", id))).isEqualTo(1);
        assertThat(cleanup.removeOld(now)).isZero();
    }

    @Test
    void theRelaysOwnRecordOfADeliveryIsKeptForThePeriodThenDeleted() {
        long id = notes.enqueue("delivered");
        notes.makeDue(id);
        assertThat(relay.deliverDue()).isEqualTo(1);
        assertThat(attemptsOf(id)).containsExactly(1);

        assertThat(cleanup.removeOld(Instant.now().plus(KEPT).minusSeconds(60))).isZero();
        assertThat(attemptsOf(id)).containsExactly(1);
        assertThat(cleanup.removeOld(Instant.now().plus(KEPT).plusSeconds(60))).isEqualTo(1);
        assertThat(attemptsOf(id)).isEmpty();
    }

    @Test
    void whileAnotherInstanceCleansUpThisOneSkipsItsTurn() throws Exception {
        Instant now = Instant.now();
        long id = notes.enqueue("old");
        attempt(id, 1, now.minus(KEPT).minusSeconds(86_400));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)")
                    .setParameter(1, AttemptCleanup.CLEANUP_LOCK).getSingleResult();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(cleanup.removeOld(now)).isZero();
            assertThat(attemptsOf(id)).containsExactly(1);
        } finally {
            release.countDown();
            other.get(30, TimeUnit.SECONDS);
        }
        assertThat(cleanup.removeOld(now)).isEqualTo(1);
    }
}
