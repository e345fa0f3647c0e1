package ir.guild.registry.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Where features put their side effects: in the caller's transaction, delivered after it commits. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** Adds a message; it exists only if the caller's transaction commits. */
    @Transactional(TxType.MANDATORY)
    public OutboxMessage enqueue(String kind, Object payload) {
        OutboxMessage message = new OutboxMessage();
        message.kind = kind;
        try {
            message.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Outbox payload of kind " + kind + " cannot be written as JSON", e);
        }
        message.status = OutboxMessage.Status.PENDING;
        message.attempts = 0;
        message.createdAt = Instant.now();
        message.nextAttemptAt = message.createdAt;
        message.persist();
        return message;
    }
}
