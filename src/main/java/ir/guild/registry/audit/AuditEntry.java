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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

import ir.guild.registry.web.GuildClock;

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

    /** One page of the entries a filter selects, newest first. */
    public static List<AuditEntry> matching(AuditFilter filter, int page, int size) {
        return matchingQuery(filter, null).page(page, size).list();
    }

    public static long countMatching(AuditFilter filter) {
        return matchingQuery(filter, null).count();
    }

    /** The next {@code limit} entries a filter selects that are older than {@code beforeId}, newest first. */
    public static List<AuditEntry> matchingBefore(AuditFilter filter, long beforeId, int limit) {
        return matchingQuery(filter, beforeId).page(0, limit).list();
    }

    // The chain lock makes ids follow the order entries were written, so "newest first" is by id.
    private static PanacheQuery<AuditEntry> matchingQuery(AuditFilter filter, Long beforeId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.actor() != null) {
            where.append(" and actor = :actor");
            parameters.and("actor", filter.actor());
        }
        if (filter.entityType() != null) {
            where.append(" and entityType = :entityType");
            parameters.and("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            where.append(" and entityId = :entityId");
            parameters.and("entityId", filter.entityId());
        }
        if (filter.action() != null) {
            where.append(" and (action = :action or action like :actionPrefix escape '!')");
            parameters.and("action", filter.action());
            parameters.and("actionPrefix", filter.action().replace("!", "!!").replace("%", "!%").replace("_", "!_")
                    + ".%");
        }
        if (filter.from() != null) {
            where.append(" and occurredAt >= :from");
            parameters.and("from", filter.from().atStartOfDay(GuildClock.ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and occurredAt < :until");
            parameters.and("until", filter.to().plusDays(1).atStartOfDay(GuildClock.ZONE).toInstant());
        }
        if (beforeId != null) {
            where.append(" and id < :beforeId");
            parameters.and("beforeId", beforeId);
        }
        return find(where + " order by id desc", parameters);
    }
}
