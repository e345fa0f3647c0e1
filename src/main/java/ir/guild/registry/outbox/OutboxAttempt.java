package ir.guild.registry.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One try at delivering an outbox message, kept so admins can see how each channel fares. */
@Entity
@Table(name = "outbox_attempt")
public class OutboxAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    public long messageId;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(nullable = false, updatable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    public Instant attemptedAt;

    @Column(nullable = false, updatable = false)
    public boolean succeeded;

    @Column(updatable = false)
    public String error;

    static void record(OutboxMessage message, Instant at, String error) {
        OutboxAttempt attempt = new OutboxAttempt();
        attempt.messageId = message.id;
        attempt.kind = message.kind;
        attempt.attempt = message.attempts;
        attempt.attemptedAt = at;
        attempt.succeeded = error == null;
        attempt.error = error;
        attempt.persist();
    }
}
