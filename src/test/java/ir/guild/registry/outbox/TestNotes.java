package ir.guild.registry.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Notes for {@link RecordingHandler} in the outbox, each written in a transaction of its own. */
@ApplicationScoped
class TestNotes {

    private final Outbox outbox;
    private final RecordingHandler handler;

    TestNotes(Outbox outbox, RecordingHandler handler) {
        this.outbox = outbox;
        this.handler = handler;
    }

    /** An empty outbox and a handler that delivers at once. */
    void clear() {
        handler.reset();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.deleteAll());
    }

    /** A new note's message id. */
    long enqueue(String text) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.enqueue(RecordingHandler.KIND, new RecordingHandler.Note(text)).id);
    }

    /** The message is due now, whatever its backoff said. */
    void makeDue(long id) {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("nextAttemptAt = ?1 where id = ?2",
                Instant.now().minusSeconds(1), id));
    }
}
