package ir.guild.registry.audit;

import java.util.Objects;

/**
 * What happened, to be written to the audit log: the action, the entity it touched and
 * a summary of what changed. A summary never holds a password, secret or document content.
 */
public record AuditEvent(Actor actor, String action, String entityType, String entityId, String summary) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        summary = summary == null ? "" : summary;
    }
}
