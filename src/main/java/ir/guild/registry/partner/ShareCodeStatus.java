package ir.guild.registry.partner;

import java.time.Instant;

/**
 * A share code's status, never stored: revocation is a timestamp and expiry follows from
 * the clock. Only an ACTIVE code verifies; ACTIVE → REVOKED is the one transition, by its member.
 */
public enum ShareCodeStatus {
    ACTIVE, EXPIRED, REVOKED;

    public static ShareCodeStatus of(Instant revokedAt, Instant expiresAt, Instant now) {
        if (revokedAt != null) {
            return REVOKED;
        }
        return now.isBefore(expiresAt) ? ACTIVE : EXPIRED;
    }
}
