package ir.guild.registry.partner;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;


import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * One verification a partner firm asked for, answered or not: the log the member reads to
 * see who checked them. Rows are only ever added.
 */
@Entity
@Table(name = "partner_verification")
public class PartnerVerification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_firm_id", nullable = false, updatable = false)
    public PartnerFirm firm;

    /** The member whose number was asked about, when there is one. */
    @Column(name = "member_id", updatable = false)
    public Long memberId;

    /** The share code given, when it was this member's own. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "share_code_id", updatable = false)
    public ShareCode shareCode;

    /** The scope of the share code, when it was this member's own. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public ShareScope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public VerificationOutcome outcome;

    @Column(name = "verified_at", nullable = false, updatable = false)
    public Instant verifiedAt;

    /** The verifications of a member, newest first, one page of them. */
    public static List<PartnerVerification> ofMember(long memberId, int page, int size) {
        return find("memberId", Sort.descending("verifiedAt", "id"), memberId).page(Page.of(page, size)).list();
    }

    public static long countOfMember(long memberId) {
        return count("memberId", memberId);
    }

    /** How many verifications each of the given codes answered. */
    public static Map<Long, Long> verifiedCounts(Collection<Long> shareCodeIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (shareCodeIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery("select v.shareCode.id, count(v) from PartnerVerification v where v.shareCode.id in :ids"
                        + " and v.outcome = :verified group by v.shareCode.id", Object[].class)
                .setParameter("ids", shareCodeIds)
                .setParameter("verified", VerificationOutcome.VERIFIED)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Verifications asked for in a period: every attempt, and those that verified a member. */
    public record Tally(long asked, long verified) {
    }

    /** The verifications asked for from {@code since} on, by every firm. */
    public static Tally since(Instant since) {
        Object[] row = getEntityManager()
                .createQuery("select count(*), count(*) filter (where v.outcome = :verified)"
                        + " from PartnerVerification v where v.verifiedAt >= :since", Object[].class)
                .setParameter("since", since)
                .setParameter("verified", VerificationOutcome.VERIFIED)
                .getSingleResult();
        return new Tally((Long) row[0], (Long) row[1]);
    }
}
