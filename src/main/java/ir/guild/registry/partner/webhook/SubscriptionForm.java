package ir.guild.registry.partner.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A firm asks to be called about a member who gave it a share code. */
@Schema(name = "SubscriptionRequest")
public record SubscriptionForm(
        @Schema(example = "1405-000123", required = true) String membershipNumber,
        @Schema(example = "K7Q2-9XRT-M4PA-3HJW", required = true) String shareCode,
        @Schema(description = "Where to POST the events; https outside development", example = "https://hr.example.com/guild-events",
                required = true) String callbackUrl) {
}
