package ir.guild.registry.partner.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.identity.Role;
import ir.guild.registry.partner.PartnerFirm;

/**
 * Each firm's webhook secret: 256 random bits as 64 hex characters, made the first time the
 * firm or a delivery needs it, and replaced when the firm rotates it. The audit log says that a
 * secret was made or rotated, never what it is.
 */
@ApplicationScoped
@Transactional
public class WebhookSecrets {

    public static final String ENTITY = "WebhookSecret";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Two instances asking at once for a firm's first secret make one; the other reads it. */
    private static final String CREATE_ONCE = """
            insert into partner_webhook_secret (partner_firm_id, secret, created_at, version)
            values (?1, ?2, ?3, 0)
            on conflict do nothing""";

    private final EntityManager em;
    private final AuditLog audit;

    WebhookSecrets(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** The firm's secret, made now if it has none yet. */
    public WebhookSecret of(PartnerFirm firm) {
        WebhookSecret existing = WebhookSecret.findById(firm.id);
        if (existing != null) {
            return existing;
        }
        int created = em.createNativeQuery(CREATE_ONCE).setParameter(1, firm.id).setParameter(2, fresh())
                .setParameter(3, Instant.now()).executeUpdate();
        if (created == 1) {
            audit.record(new AuditEvent(Actor.system("webhooks"), "webhook-secret.create", ENTITY,
                    firm.id.toString(), "first webhook secret of partner " + firm.clientId));
        }
        return WebhookSecret.findById(firm.id);
    }

    /** A new secret replaces the old one at once: calls from now on are signed with it. */
    public WebhookSecret rotate(PartnerFirm firm) {
        WebhookSecret secret = of(firm);
        em.lock(secret, LockModeType.PESSIMISTIC_WRITE);
        secret.secret = fresh();
        secret.rotatedAt = Instant.now();
        audit.record(new AuditEvent(new Actor(firm.clientId, Role.PARTNER.realmRole()), "webhook-secret.rotate",
                ENTITY, firm.id.toString(), "webhook secret of partner " + firm.clientId + " replaced"));
        em.flush();
        return secret;
    }

    private static String fresh() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
