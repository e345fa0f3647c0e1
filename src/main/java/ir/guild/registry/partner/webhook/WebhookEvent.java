package ir.guild.registry.partner.webhook;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a webhook call, as queued in the outbox and as the firm receives it.
 *
 * @param status the membership's status after the change, or the certificate's for certificate events
 * @param certificateCode the certificate's public code, for certificate events only
 * @param occurredAt when the change was made, ISO-8601 in UTC
 */
@Schema(name = "WebhookEvent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookEvent(UUID eventId, WebhookEventType type, long subscriptionId, String membershipNumber,
        String status, String certificateCode, String occurredAt) {
}
