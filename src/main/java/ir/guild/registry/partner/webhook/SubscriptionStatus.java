package ir.guild.registry.partner.webhook;

import ir.guild.registry.partner.ShareCodeStatus;

/**
 * A subscription's status, following its share code's: it delivers while ACTIVE and stops for
 * good when the member's code expires or is revoked.
 */
public enum SubscriptionStatus {
    ACTIVE, CODE_EXPIRED, CODE_REVOKED;

    public static SubscriptionStatus of(ShareCodeStatus code) {
        return switch (code) {
            case ACTIVE -> ACTIVE;
            case EXPIRED -> CODE_EXPIRED;
            case REVOKED -> CODE_REVOKED;
        };
    }
}
