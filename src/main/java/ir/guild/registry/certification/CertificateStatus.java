package ir.guild.registry.certification;

import java.time.LocalDate;

/**
 * A certificate's status. Only revocation is stored: EXPIRED follows from the expiry date and
 * SUSPENDED from the holder's membership, whenever the certificate is read.
 */
public enum CertificateStatus {
    VALID, EXPIRED, SUSPENDED, REVOKED;

    /**
     * Revocation wins over everything; a holder whose membership is suspended or revoked has
     * their certificates suspended; otherwise the dates decide.
     *
     * @param holderInGoodStanding false while the holder's membership is suspended or revoked
     */
    public static CertificateStatus of(boolean revoked, LocalDate expiresOn, boolean holderInGoodStanding,
            LocalDate today) {
        if (revoked) {
            return REVOKED;
        }
        if (!holderInGoodStanding) {
            return SUSPENDED;
        }
        return expiresOn.isBefore(today) ? EXPIRED : VALID;
    }
}
