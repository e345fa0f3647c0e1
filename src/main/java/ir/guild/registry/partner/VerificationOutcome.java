package ir.guild.registry.partner;

/**
 * How a verification ended, as the log keeps it for the member. The partner firm is told only
 * whether it was verified: every other outcome answers the same.
 */
public enum VerificationOutcome {
    VERIFIED,
    /** No membership has the number asked about. */
    UNKNOWN_NUMBER,
    /** The code is not one of this member's (mistyped, made up, or another member's). */
    WRONG_CODE,
    CODE_EXPIRED,
    CODE_REVOKED;

    static VerificationOutcome of(ShareCodeStatus status) {
        return switch (status) {
            case ACTIVE -> VERIFIED;
            case EXPIRED -> CODE_EXPIRED;
            case REVOKED -> CODE_REVOKED;
        };
    }
}
