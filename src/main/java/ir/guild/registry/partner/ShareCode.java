package ir.guild.registry.partner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * A member's consent for partner firms to verify them: a code the member hands to a firm,
 * with a scope and an expiry, that the member can revoke.
 *
 * <p>Share codes live in the partner feature, beside {@link PartnerFirm}, as the guild's layout
 * has it ({@code partner/}: firms, share codes, verifications): a code means something only
 * to the verification API that reads it, and the member's side of it (creating, listing,
 * revoking, seeing who verified) is the other half of the same conversation.
 *
 * <p>Only a SHA-256 hash of the code is stored (see {@link ShareCodes}), with its last four
 * characters as a hint for the member's list.
 */
@Entity
@Table(name = "share_code")
public class ShareCode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    public Long memberId;

    @Column(name = "code_hash", nullable = false, updatable = false)
    public byte[] codeHash;

    /** The code's last four characters, for the member to tell codes apart. */
    @Column(nullable = false, updatable = false)
    public String hint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ShareScope scope;

    @Column(updatable = false)
    public String label;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Version
    public int version;

    public ShareCodeStatus statusAt(Instant now) {
        return ShareCodeStatus.of(revokedAt, expiresAt, now);
    }

    /** The hint as the member sees it: {@code …-M4PA}. */
    public String hintShown() {
        return "…-" + hint;
    }

    /** A share code as a verification reads it: no label, no entity to track. */
    public record Given(Long id, Long memberId, byte[] codeHash, ShareScope scope, Instant expiresAt,
            Instant revokedAt) {

        public ShareCodeStatus statusAt(Instant now) {
            return ShareCodeStatus.of(revokedAt, expiresAt, now);
        }
    }

    public static Optional<ShareCode> byHash(byte[] codeHash) {
        return find("codeHash", (Object) codeHash).firstResultOptional();
    }

    /** A member's codes, newest first. */
    public static List<ShareCode> ofMember(long memberId) {
        return list("memberId", Sort.descending("createdAt", "id"), memberId);
    }
}
