package ir.guild.registry.legalaid;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** One line of a case's timeline: a status change, a message shared with the member, or an internal note. */
@Entity
@Table(name = "legal_aid_case_entry")
public class CaseEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public EntryKind kind;

    @Column(name = "author_subject", nullable = false, updatable = false)
    public String authorSubject;

    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;

    /** The role the author wrote in: member, counsel or admin. */
    @Column(name = "author_role", nullable = false, updatable = false)
    public String authorRole;

    @Column(updatable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    public CaseStatus toStatus;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** The whole timeline, oldest first, internal notes included: for counsel and admins. */
    public static List<CaseEntry> ofCase(long caseId) {
        return list("caseId", Sort.ascending("createdAt", "id"), caseId);
    }

    /** The timeline the member sees, oldest first: internal notes are left out by the query itself. */
    public static List<CaseEntry> sharedOfCase(long caseId) {
        return list("caseId = ?1 and kind <> ?2", Sort.ascending("createdAt", "id"), caseId,
                EntryKind.INTERNAL_NOTE);
    }
}
