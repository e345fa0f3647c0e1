package ir.guild.registry.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of the audit log. Rows are only ever inserted; the database refuses changes. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "actor_role", nullable = false, updatable = false)
    public String actorRole;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    public String entityId;

    @Column(nullable = false, updatable = false)
    public String summary;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    public String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    public String hash;

    /** Everything recorded about one entity, oldest first. */
    public static List<AuditEntry> about(String entityType, String entityId) {
        return list("entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
    }

    public static AuditEntry latest() {
        return find("order by id desc").firstResult();
    }

    /** What happened to one entity, in the order it happened. */
    public static List<AuditEntry> historyOf(String entityType, String entityId) {
        return find("entityType = ?1 and entityId = ?2 order by id", entityType, entityId).list();
    }

    /** The next {@code limit} entries after {@code afterId}, in chain order. */
    public static List<AuditEntry> pageAfter(long afterId, int limit) {
        return find("id > ?1 order by id", afterId).page(0, limit).list();
    }
}
