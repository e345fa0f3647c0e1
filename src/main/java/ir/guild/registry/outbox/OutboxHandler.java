package ir.guild.registry.outbox;

/**
 * Delivers one kind of outbox message (an email, a Keycloak role change, a webhook).
 * Delivery may be repeated after a crash, so handlers either are idempotent or pass
 * the message id on as an idempotency key.
 */
public interface OutboxHandler<T> {

    /** The kind this handler delivers, as written by {@link Outbox#enqueue}. */
    String kind();

    Class<T> payloadType();

    /** Delivers the payload or throws; a throw schedules a retry with backoff. */
    void deliver(T payload, long messageId) throws Exception;
}
