package ir.guild.registry.partner.webhook;

/**
 * What happened to a member a firm subscribed to. Certificate events go only to subscriptions
 * whose share code shares certificates. A certificate's SUSPENDED status follows its holder's
 * membership, so a suspension reaches those subscriptions as MEMBERSHIP_SUSPENDED.
 */
public enum WebhookEventType {
    MEMBERSHIP_SUSPENDED,
    MEMBERSHIP_REINSTATED,
    MEMBERSHIP_REVOKED,
    MEMBERSHIP_RENEWED,
    MEMBERSHIP_EXPIRED,
    CERTIFICATE_ISSUED,
    CERTIFICATE_REVOKED;

    public boolean aboutCertificate() {
        return name().startsWith("CERTIFICATE_");
    }
}
