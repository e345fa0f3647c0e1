package ir.guild.registry.certification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * A member's request to be certified on a track at a level, with the evidence they offer.
 * The requester's membership number, account and names are copied from the membership when
 * the request is made.
 */
@Entity
@Table(name = "certification_request")
public class CertificationRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    public Long memberId;

    @Column(name = "membership_number", nullable = false, updatable = false)
    public String membershipNumber;

    /** The requester's Keycloak account: an assessor never decides a request with their own. */
    @Column(name = "account_subject", nullable = false, updatable = false)
    public String accountSubject;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    @Column(name = "holder_name_latin", nullable = false)
    public String holderNameLatin;

    /** The member's language, for the emails about this request. */
    @Column(nullable = false)
    public String language;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "track_id", nullable = false, updatable = false)
    public Track track;

    /** The level asked for. */
    @Column(nullable = false)
    public int level;

    @Column(nullable = false)
    public String evidence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certification_request_link", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false)
    public List<String> links = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The assessor who last decided (asked for information, granted or denied), by name. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_subject")
    public String decidedBySubject;

    /** Why it was denied, or what information is asked for; an optional note on a grant. */
    @Column(name = "decision_reason")
    public String decisionReason;

    /** The level granted, which an assessor may set lower than the one asked for. */
    @Column(name = "granted_level")
    public Integer grantedLevel;

    @Version
    public int version;

    public static List<CertificationRequest> ofMember(long memberId) {
        return list("memberId", Sort.descending("submittedAt", "id"), memberId);
    }

    /** Everything an account asked for, newest first, across any memberships it held. */
    public static List<CertificationRequest> ofAccount(String accountSubject) {
        return list("accountSubject", Sort.descending("submittedAt", "id"), accountSubject);
    }

    public static Optional<CertificationRequest> openFor(long memberId, long trackId) {
        return find("memberId = ?1 and track.id = ?2 and status in ?3", memberId, trackId, RequestStatus.OPEN)
                .firstResultOptional();
    }

    /** The assessors' queue, oldest first; a null status or track means any. */
    public static PanacheQuery<CertificationRequest> queue(RequestStatus status, String trackCode) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (trackCode != null) {
            where.append(" and track.code = :track");
            parameters.and("track", trackCode);
        }
        return find(where.toString(), Sort.ascending("submittedAt", "id"), parameters);
    }
}
