package ir.guild.registry.legalaid;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** A document attached to a case (a contract, a payslip, a screenshot); the bytes stay in PostgreSQL. */
@Entity
@Table(name = "legal_aid_document")
public class LegalAidDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public Long caseId;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    /** The type recognised from the content itself, never the one the upload claimed. */
    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    public byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by_subject", nullable = false, updatable = false)
    public String uploadedBySubject;

    /** The documents of a case, oldest first, without loading their content. */
    public static List<LegalAidDocument> ofCase(long caseId) {
        return list("caseId", Sort.ascending("id"), caseId);
    }
}
