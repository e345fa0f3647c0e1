package ir.guild.registry.partner.webhook.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.partner.webhook.PartnerSubscription;
import ir.guild.registry.partner.webhook.Subscriptions;

/** A subscription as its firm sees it. */
@Schema(name = "Subscription")
public record SubscriptionView(
        long id,
        String membershipNumber,
        @Schema(enumeration = { "MEMBERSHIP", "MEMBERSHIP_AND_CERTIFICATES" },
                description = "What the member's share code shares; certificate events only for the wider scope") String scope,
        String callbackUrl,
        @Schema(enumeration = { "ACTIVE", "CODE_EXPIRED", "CODE_REVOKED" },
                description = "Events are delivered only while ACTIVE; it ends for good with the share code") String status,
        Instant createdAt,
        @Schema(description = "When the share code, and with it the subscription, expires") Instant expiresAt) {

    public static SubscriptionView of(Subscriptions.Seen seen) {
        PartnerSubscription s = seen.subscription();
        return new SubscriptionView(s.id, s.membershipNumber, s.shareCode.scope.name(), s.callbackUrl,
                seen.status().name(), s.createdAt, s.shareCode.expiresAt);
    }
}
