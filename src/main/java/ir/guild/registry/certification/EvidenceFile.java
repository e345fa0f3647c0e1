package ir.guild.registry.certification;

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

/** A file a member attached to a certification request as evidence; the bytes stay in PostgreSQL. */
@Entity
@Table(name = "certification_evidence_file")
public class EvidenceFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    public Long requestId;

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

    /** The files of a request, oldest first, without loading their content. */
    public static List<EvidenceFile> ofRequest(long requestId) {
        return list("requestId", Sort.ascending("id"), requestId);
    }
}
