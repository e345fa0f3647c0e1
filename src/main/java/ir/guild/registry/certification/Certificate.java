package ir.guild.registry.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Generated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * A certificate granted to a member on a track at a level. Only revocation is stored;
 * see {@link CertificateStatus} for the rest.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** 12 Crockford base-32 characters without dashes; see {@link PublicCode}. */
    @Column(name = "public_code", nullable = false, updatable = false)
    public String publicCode;

    @Column(name = "request_id", nullable = false, updatable = false)
    public Long requestId;

    @Column(name = "member_id", nullable = false, updatable = false)
    public Long memberId;

    @Column(name = "membership_number", nullable = false, updatable = false)
    public String membershipNumber;

    /** The holder's names as they were when the certificate was issued. */
    @Column(name = "holder_name", nullable = false, updatable = false)
    public String holderName;

    @Column(name = "holder_name_latin", nullable = false, updatable = false)
    public String holderNameLatin;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "track_id", nullable = false, updatable = false)
    public Track track;

    @Column(nullable = false, updatable = false)
    public int level;

    @Column(name = "issued_on", nullable = false, updatable = false)
    public LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false, updatable = false)
    public LocalDate expiresOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    public Instant issuedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    /** This certificate's position in the guild's status lists, given by PostgreSQL on insert. */
    @Generated
    @Column(name = "status_index", insertable = false, updatable = false)
    public Long statusIndex;

    @Version
    public int version;

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** The status on {@code today}, given whether the holder's membership is in good standing. */
    public CertificateStatus statusOn(LocalDate today, boolean holderInGoodStanding) {
        return CertificateStatus.of(isRevoked(), expiresOn, holderInGoodStanding, today);
    }

    public String displayCode() {
        return PublicCode.display(publicCode);
    }

    /** Certificates are read with their track (and its levels) in the same query: a check shows both. */
    private static final String WITH_TRACK = "from Certificate c join fetch c.track t left join fetch t.levels ";

    public static Optional<Certificate> byCode(String storedCode) {
        return find(WITH_TRACK + "where c.publicCode = ?1", storedCode).singleResultOptional();
    }

    public static List<Certificate> ofMember(long memberId) {
        return ofMemberQuery(memberId).list();
    }

    private static PanacheQuery<Certificate> ofMemberQuery(long memberId) {
        return find(WITH_TRACK + "where c.memberId = ?1 order by c.issuedOn desc, c.id desc", memberId);
    }

    /**
     * One page of a report, in issue order after {@code afterId}: a track's certificates (all
     * tracks when null), revoked ones only or unrevoked ones only when {@code revoked} is given.
     */
    public static List<Certificate> reportPage(String trackCode, Boolean revoked, long afterId, int size) {
        StringBuilder where = new StringBuilder("id > :afterId");
        Parameters parameters = Parameters.with("afterId", afterId);
        if (trackCode != null) {
            where.append(" and track.code = :track");
            parameters.and("track", trackCode);
        }
        if (revoked != null) {
            where.append(revoked ? " and revokedAt is not null" : " and revokedAt is null");
        }
        return find(where.toString(), Sort.ascending("id"), parameters).page(0, size).list();
    }
}
