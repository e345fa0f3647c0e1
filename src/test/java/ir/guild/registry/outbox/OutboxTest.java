package ir.guild.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.mail.OutgoingMail;

@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    RecordingHandler handler;

    @Inject
    MailDelivery mail;

    @Inject
    MockMailbox mailbox;

    @Inject
    TestNotes notes;

    @BeforeEach
    void clean() {
        notes.clear();
        mailbox.clear();
    }

    private long enqueue(String text) {
        return notes.enqueue(text);
    }

    private OutboxMessage reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.findById(id));
    }

    @Test
    void aMessageIsDeliveredOnceAfterItsTransactionCommits() {
        long id = enqueue("welcome");
        assertThat(relay.deliverDue()).isEqualTo(1);
        assertThat(relay.deliverDue()).isZero();

        assertThat(handler.deliveredTexts).containsExactly("welcome");
        assertThat(handler.deliveredIds).containsExactly(id);
        OutboxMessage message = reload(id);
        assertThat(message.status).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(message.attempts).isEqualTo(1);
        assertThat(message.deliveredAt).isNotNull();
    }

    @Test
    void aRolledBackTransactionLeavesNoMessage() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(RecordingHandler.KIND, new RecordingHandler.Note("never"));
            throw new IllegalStateException("the approval failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(relay.deliverDue()).isZero();
        long count = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count());
        assertThat(count).isZero();
        assertThat(handler.deliveredTexts).isEmpty();
    }

    @Test
    void enqueuingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(RecordingHandler.KIND, new RecordingHandler.Note("x")))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void aFailedDeliveryIsRetriedAfterABackoff() {
        handler.failuresLeft.set(1);
        long id = enqueue("retry me");
        Instant before = Instant.now();

        assertThat(relay.deliverDue()).isZero();
        OutboxMessage failed = reload(id);
        assertThat(failed.status).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(failed.attempts).isEqualTo(1);
        assertThat(failed.lastError).isEqualTo("receiver unavailable");
        assertThat(failed.nextAttemptAt).isAfter(before.plus(Duration.ofSeconds(4)));

        // Not due yet: a poll now leaves it alone.
        assertThat(relay.deliverDue()).isZero();
        assertThat(handler.deliveredTexts).isEmpty();

        makeDue(id);
        assertThat(relay.deliverDue()).isEqualTo(1);
        assertThat(handler.deliveredTexts).containsExactly("retry me");
        assertThat(reload(id).attempts).isEqualTo(2);
    }

    @Test
    void aMessageThatKeepsFailingIsMarkedFailed() {
        handler.failuresLeft.set(Integer.MAX_VALUE);
        long id = enqueue("hopeless");
        for (int attempt = 0; attempt < 12; attempt++) {
            makeDue(id);
            relay.deliverDue();
        }
        OutboxMessage message = reload(id);
        assertThat(message.status).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(message.attempts).isEqualTo(12);
        makeDue(id);
        assertThat(relay.deliverDue()).isZero();
    }

    @Test
    void everyAttemptIsRecordedWithItsOutcome() {
        handler.failuresLeft.set(2);
        long id = enqueue("third time lucky");
        for (int attempt = 0; attempt < 3; attempt++) {
            makeDue(id);
            relay.deliverDue();
        }
        List<OutboxAttempt> attempts = QuarkusTransaction.requiringNew()
                .call(() -> OutboxAttempt.<OutboxAttempt>list("messageId = ?1 order by attempt", id));
        assertThat(attempts).extracting(a -> a.attempt).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(a -> a.succeeded).containsExactly(false, false, true);
        assertThat(attempts).extracting(a -> a.error).containsExactly("receiver unavailable", "receiver unavailable",
                null);
        assertThat(attempts).allSatisfy(a -> assertThat(a.kind).isEqualTo(RecordingHandler.KIND));
    }

    @Test
    void aPermanentFailureGivesTheMessageUpAtOnce() {
        handler.failPermanently = true;
        long id = enqueue("refused");
        assertThat(relay.deliverDue()).isZero();

        OutboxMessage message = reload(id);
        assertThat(message.status).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(message.attempts).isEqualTo(1);
        assertThat(message.lastError).isEqualTo("receiver refuses this note for good");
        makeDue(id);
        assertThat(relay.deliverDue()).isZero();
        assertThat(handler.deliveredTexts).isEmpty();
    }

    @Test
    void backoffDoublesAndIsCapped() {
        assertThat(relay.backoff(1)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(6));
        assertThat(relay.backoff(2)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(12));
        assertThat(relay.backoff(4)).isBetween(Duration.ofSeconds(40), Duration.ofSeconds(48));
        assertThat(relay.backoff(40)).isBetween(Duration.ofHours(1), Duration.ofMinutes(72));
    }

    @Test
    void concurrentRelaysDeliverEachMessageExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(enqueue("note " + i));
        }
        handler.delayMillis = 20;
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> relays = List.of(relay::deliverDue, relay::deliverDue, relay::deliverDue);
            int delivered = 0;
            for (Future<Integer> result : pool.invokeAll(relays)) {
                delivered += result.get();
            }
            delivered += relay.deliverDue();
            assertThat(delivered).isEqualTo(30);
        } finally {
            pool.shutdown();
        }
        assertThat(handler.deliveredIds).hasSize(30).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aClaimWhoseLeaseRanOutIsLeftToTheNewerClaim() {
        long id = enqueue("slow batch");
        List<OutboxRelay.Claim> relayA = relay.claimDue();
        makeDue(id); // relay A's batch outlived the lease
        List<OutboxRelay.Claim> relayB = relay.claimDue();
        assertThat(relayA).containsExactly(new OutboxRelay.Claim(id, 1));
        assertThat(relayB).containsExactly(new OutboxRelay.Claim(id, 2));

        assertThat(relay.deliver(relayA.get(0))).isFalse();
        assertThat(handler.deliveredIds).isEmpty();
        assertThat(relay.deliver(relayB.get(0))).isTrue();
        makeDue(id);
        assertThat(relay.deliverDue()).isZero();

        assertThat(handler.deliveredIds).containsExactly(id);
        OutboxMessage message = reload(id);
        assertThat(message.status).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(message.attempts).isEqualTo(2);
        assertThat(attemptsOf(id)).singleElement().satisfies(attempt -> {
            assertThat(attempt.attempt).isEqualTo(2);
            assertThat(attempt.succeeded).isTrue();
        });
    }

    @Test
    void aStaleAttemptCannotOverwriteTheNewerClaimsOutcome() {
        long id = enqueue("refused late");
        List<OutboxRelay.Claim> relayA = relay.claimDue();
        List<List<OutboxRelay.Claim>> relayB = new ArrayList<>();
        // Relay A's call hangs past its lease; relay B claims meanwhile, then A's call fails for good.
        handler.duringDelivery = () -> {
            makeDue(id);
            relayB.add(relay.claimDue());
        };
        handler.failPermanently = true;

        assertThat(relay.deliver(relayA.get(0))).isFalse();
        OutboxMessage meanwhile = reload(id);
        assertThat(meanwhile.status).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(meanwhile.attempts).isEqualTo(2);
        assertThat(meanwhile.lastError).isNull();
        assertThat(attemptsOf(id)).isEmpty();

        handler.failPermanently = false;
        assertThat(relayB).singleElement().satisfies(claims -> assertThat(claims).containsExactly(
                new OutboxRelay.Claim(id, 2)));
        assertThat(relay.deliver(relayB.get(0).get(0))).isTrue();

        assertThat(handler.deliveredIds).containsExactly(id);
        assertThat(reload(id).status).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(attemptsOf(id)).extracting(a -> a.attempt).containsExactly(2);
    }

    @Test
    void queuedMailIsSentByTheMailer() {
        QuarkusTransaction.requiringNew().run(() -> mail.queue(new OutgoingMail("sara@example.org",
                "درخواست عضویت شما رسید", "<p>سلام</p>", "سلام")));
        assertThat(mailbox.getMailsSentTo("sara@example.org")).isEmpty();

        relay.deliverDue();

        assertThat(mailbox.getMailsSentTo("sara@example.org")).singleElement()
                .satisfies(sent -> {
                    assertThat(sent.getSubject()).isEqualTo("درخواست عضویت شما رسید");
                    assertThat(sent.getText()).isEqualTo("سلام");
                    assertThat(sent.getHeaders().get("X-Guild-Message-Id")).isNotEmpty();
                });
    }

    private List<OutboxAttempt> attemptsOf(long id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxAttempt.<OutboxAttempt>list("messageId = ?1 order by attempt", id));
    }

    private void makeDue(long id) {
        notes.makeDue(id);
    }
}
