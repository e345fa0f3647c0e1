package ir.guild.registry.partner.webhook;

import java.time.Instant;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import ir.guild.registry.partner.PartnerFirm;
import ir.guild.registry.partner.PartnerStatus;
import ir.guild.registry.partner.ShareCode;

/**
 * A firm's wish to be called when a member's status changes, made with the member's share
 * code and lasting as long as that code does. A firm that deletes it cancels it: the row stays
 * for its deliveries, but the firm no longer sees it.
 */
@Entity
@Table(name = "partner_subscription")
public class PartnerSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_firm_id", nullable = false, updatable = false)
    public PartnerFirm firm;

    @Column(name = "member_id", nullable = false, updatable = false)
    public Long memberId;

    @Column(name = "membership_number", nullable = false, updatable = false)
    public String membershipNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "share_code_id", nullable = false, updatable = false)
    public ShareCode shareCode;

    @Column(name = "callback_url", nullable = false, updatable = false)
    public String callbackUrl;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Version
    public int version;

    public SubscriptionStatus statusAt(Instant now) {
        return SubscriptionStatus.of(shareCode.statusAt(now));
    }

    /** A subscription of this firm it has not cancelled. */
    public static Optional<PartnerSubscription> ofFirm(PartnerFirm firm, long id) {
        return find("id = ?1 and firm = ?2 and cancelledAt is null", id, firm).firstResultOptional();
    }

    /** The firm's subscriptions it has not cancelled, newest first. */
    public static List<PartnerSubscription> ofFirm(PartnerFirm firm, int page, int size) {
        return find("firm = ?1 and cancelledAt is null", Sort.descending("createdAt", "id"), firm)
                .page(Page.of(page, size)).list();
    }

    public static long countOfFirm(PartnerFirm firm) {
        return count("firm = ?1 and cancelledAt is null", firm);
    }

    /** The subscriptions to call about this member now: not cancelled, code still active, firm active. */
    public static List<PartnerSubscription> liveFor(long memberId, Instant now) {
        return list("memberId = ?1 and cancelledAt is null and shareCode.revokedAt is null"
                + " and shareCode.expiresAt > ?2 and firm.status = ?3", Sort.ascending("id"), memberId, now,
                PartnerStatus.ACTIVE);
    }
}
