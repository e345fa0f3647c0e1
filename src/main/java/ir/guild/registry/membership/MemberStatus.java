package ir.guild.registry.membership;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A membership's status. {@code EXPIRED} is never stored: a member whose validity has
 * passed reads as expired at once, whatever the stored status, unless suspended or revoked.
 */
public enum MemberStatus {
    ACTIVE, SUSPENDED, EXPIRED, REVOKED;

    /** The status as of {@code today}: an active membership past its validity is expired. */
    public static MemberStatus of(Member.StoredStatus stored, LocalDate validUntil, LocalDate today) {
        return switch (stored) {
            case REVOKED -> REVOKED;
            case SUSPENDED -> SUSPENDED;
            case ACTIVE -> validUntil.isBefore(today) ? EXPIRED : ACTIVE;
        };
    }

    /** The statuses an admin may set, from each stored one. Renewal is its own action. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case ACTIVE, EXPIRED -> EnumSet.of(SUSPENDED, REVOKED);
            case SUSPENDED -> EnumSet.of(ACTIVE, REVOKED);
            case REVOKED -> EnumSet.noneOf(MemberStatus.class);
        };
    }
}
