package ir.guild.registry.legalaid;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import ir.guild.registry.audit.Actor;
import ir.guild.registry.audit.AuditEvent;
import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;

/**
 * Writes what happens to a case twice, in the caller's transaction: on the case's timeline,
 * which its member and staff read, and in the audit log, which never holds the words of a
 * message or note.
 */
@ApplicationScoped
class CaseLog {

    static final String ENTITY = "LegalAidCase";

    private final AuditLog audit;

    CaseLog(AuditLog audit) {
        this.audit = audit;
    }

    CaseEntry status(LegalAidCase legalCase, CaseStatus from, CurrentPerson author, Role role, Instant at) {
        CaseEntry entry = entry(legalCase, EntryKind.STATUS_CHANGE, author, role, at);
        entry.fromStatus = from;
        entry.toStatus = legalCase.status;
        entry.persist();
        return entry;
    }

    CaseEntry text(LegalAidCase legalCase, EntryKind kind, String body, CurrentPerson author, Role role, Instant at) {
        CaseEntry entry = entry(legalCase, kind, author, role, at);
        entry.body = body;
        entry.persist();
        return entry;
    }

    void audit(CurrentPerson person, Role role, String action, LegalAidCase legalCase, String summary) {
        audit(person, role, action, ENTITY, legalCase.id.toString(), summary);
    }

    void audit(CurrentPerson person, Role role, String action, String entity, String id, String summary) {
        audit.record(new AuditEvent(Actor.of(person, role), action, entity, id, summary));
    }

    private static CaseEntry entry(LegalAidCase legalCase, EntryKind kind, CurrentPerson author, Role role,
            Instant at) {
        CaseEntry entry = new CaseEntry();
        entry.caseId = legalCase.id;
        entry.kind = kind;
        entry.authorSubject = author.subject();
        entry.authorName = author.displayName();
        entry.authorRole = role.realmRole();
        entry.createdAt = at;
        return entry;
    }
}
