package ir.guild.registry.partner.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The secret a partner firm checks our webhook signatures with. Kept as is, because the firm
 * reads it back; never logged, never in the audit log, and {@link #toString()} hides it.
 */
@Entity
@Table(name = "partner_webhook_secret")
public class WebhookSecret extends PanacheEntityBase {

    @Id
    @Column(name = "partner_firm_id")
    public Long partnerFirmId;

    @Column(nullable = false)
    public String secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "rotated_at")
    public Instant rotatedAt;

    @Version
    public int version;

    @Override
    public String toString() {
        return "WebhookSecret[firm " + partnerFirmId + "]";
    }
}
