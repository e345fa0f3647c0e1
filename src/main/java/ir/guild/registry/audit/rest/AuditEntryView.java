package ir.guild.registry.audit.rest;

import java.time.Instant;

import ir.guild.registry.audit.AuditEntry;

/** One audit entry as the API shows it; the hashes stay inside, the chain check reads them. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String actorRole, String action,
        String entityType, String entityId, String summary) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id, entry.occurredAt, entry.actor, entry.actorRole, entry.action,
                entry.entityType, entry.entityId, entry.summary);
    }
}
