package ir.guild.registry.partner.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** One attempt to call a firm about one event: what came back, or why nothing did. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    public Long subscriptionId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    public WebhookEventType eventType;

    @Column(nullable = false, updatable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    public Instant attemptedAt;

    @Column(name = "http_status", updatable = false)
    public Integer httpStatus;

    @Column(updatable = false)
    public String error;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    public int durationMs;

    public boolean succeeded() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }

    /** A subscription's attempts, newest first. */
    public static List<WebhookDelivery> ofSubscription(long subscriptionId, int page, int size) {
        return find("subscriptionId", Sort.descending("attemptedAt", "id"), subscriptionId)
                .page(Page.of(page, size)).list();
    }

    public static long countOfSubscription(long subscriptionId) {
        return count("subscriptionId", subscriptionId);
    }
}
