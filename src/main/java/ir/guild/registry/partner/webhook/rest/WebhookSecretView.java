package ir.guild.registry.partner.webhook.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.partner.webhook.WebhookSecret;

/** The firm's webhook secret, to check the Guild-Webhook-Signature of our calls with. */
@Schema(name = "WebhookSecret")
public record WebhookSecretView(
        @Schema(description = "64 hex characters; the HMAC-SHA256 key is their UTF-8 bytes") String secret,
        Instant createdAt,
        @Schema(description = "When it last replaced an older secret, if ever") Instant rotatedAt) {

    public static WebhookSecretView of(WebhookSecret secret) {
        return new WebhookSecretView(secret.secret, secret.createdAt, secret.rotatedAt);
    }
}
