package ir.guild.registry.partner.webhook.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ir.guild.registry.partner.webhook.WebhookDelivery;

/** One attempt to call the firm. */
@Schema(name = "WebhookDelivery")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        @Schema(description = "The Guild-Webhook-Id of the call; the same on every attempt of one event") UUID eventId,
        String eventType,
        @Schema(description = "1 for the first try of this event") int attempt,
        Instant attemptedAt,
        @Schema(description = "What the callback answered, when it answered") Integer httpStatus,
        @Schema(description = "Why no answer came (timeout, refused connection ...)") String error,
        long durationMs,
        boolean succeeded) {

    public static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.eventId, d.eventType.name(), d.attempt, d.attemptedAt, d.httpStatus, d.error,
                d.durationMs, d.succeeded());
    }
}
