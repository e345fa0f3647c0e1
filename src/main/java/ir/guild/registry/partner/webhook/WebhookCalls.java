package ir.guild.registry.partner.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ir.guild.registry.outbox.OutboxHandler;
import ir.guild.registry.partner.PartnerStatus;
import ir.guild.registry.outbox.OutboxMessage;

/**
 * Calls a firm's callback URL with one event, signed with the firm's webhook secret (see
 * {@link WebhookSignature}). Any answer but 2xx, or none within the timeout, is an error: the
 * outbox tries again with its backoff, up to {@code guild.outbox.max-attempts}. Every attempt
 * is recorded for the firm. A subscription that stopped (cancelled, code expired or revoked,
 * firm suspended) between the change and the call is not called.
 */
@ApplicationScoped
public class WebhookCalls implements OutboxHandler<WebhookEvent> {

    public static final String KIND = "partner.webhook";
    public static final String ID_HEADER = "Guild-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Guild-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Guild-Webhook-Signature";

    private static final Logger LOG = Logger.getLogger(WebhookCalls.class);

    /** What a delivery needs from the database, read before the call so that no transaction spans it. */
    private record Target(String callbackUrl, String secret, int attempt) {
    }

    private final WebhookSecrets secrets;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    WebhookCalls(WebhookSecrets secrets, WebhookConfig config, ObjectMapper json) {
        this.secrets = secrets;
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<WebhookEvent> payloadType() {
        return WebhookEvent.class;
    }

    @Override
    public void deliver(WebhookEvent event, long messageId) throws Exception {
        Target target = QuarkusTransaction.requiringNew().call(() -> target(event, messageId));
        if (target == null) {
            LOG.debugf("Webhook event %s not sent: subscription %d no longer delivers", event.eventId(),
                    event.subscriptionId());
            return;
        }
        String body = json.writeValueAsString(event);
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.callbackUrl()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header(ID_HEADER, event.eventId().toString())
                .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(SIGNATURE_HEADER, WebhookSignature.sign(target.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                error = "HTTP " + status;
            }
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int millis = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        record(event, target.attempt(), status, status == null ? error : null, millis);
        if (error != null) {
            throw new IOException("Webhook call for subscription " + event.subscriptionId() + " failed: " + error);
        }
    }

    private Target target(WebhookEvent event, long messageId) {
        PartnerSubscription subscription = PartnerSubscription.findById(event.subscriptionId());
        if (subscription == null || subscription.cancelledAt != null
                || subscription.statusAt(Instant.now()) != SubscriptionStatus.ACTIVE
                || subscription.firm.status != PartnerStatus.ACTIVE) {
            return null;
        }
        OutboxMessage message = OutboxMessage.findById(messageId);
        int attempt = message == null ? 1 : Math.max(message.attempts, 1);
        return new Target(subscription.callbackUrl, secrets.of(subscription.firm).secret, attempt);
    }

    private static void record(WebhookEvent event, int attempt, Integer status, String error, int millis) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.subscriptionId = event.subscriptionId();
            delivery.eventId = event.eventId();
            delivery.eventType = event.type();
            delivery.attempt = attempt;
            delivery.attemptedAt = Instant.now();
            delivery.httpStatus = status;
            delivery.error = error == null || error.length() <= WebhookDelivery.ERROR_MAX ? error
                    : error.substring(0, WebhookDelivery.ERROR_MAX);
            delivery.durationMs = millis;
            delivery.persist();
        });
    }
}
