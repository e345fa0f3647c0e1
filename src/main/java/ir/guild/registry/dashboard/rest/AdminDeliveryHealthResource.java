package ir.guild.registry.dashboard.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.guild.registry.identity.Role;
import ir.guild.registry.mail.MailDelivery;
import ir.guild.registry.notify.Notifications;
import ir.guild.registry.outbox.DeliveryHealth;

/** How each channel that carries notices to people fares, as JSON; the admins' home shows the same. */
@Path("/api/v1/admin/delivery-health")
@Tag(name = "Admin: oversight")
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
public class AdminDeliveryHealthResource {

    /** The channels notices go by, in the order admins see them. */
    public static final List<String> CHANNELS = List.of(MailDelivery.KIND, Notifications.SMS, Notifications.MESSENGER);

    private final DeliveryHealth health;

    AdminDeliveryHealthResource(DeliveryHealth health) {
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How email, SMS and messenger delivery fare",
            description = "For each channel: attempts that succeeded and failed in the last 24 hours, messages"
                    + " waiting now and since when, messages given up in the last 24 hours, the latest delivery,"
                    + " the latest error (shortened; never a message's text), and a state: OK, FAILING (the latest"
                    + " attempt failed), DEGRADED (messages were given up) or IDLE (no attempt in 24 hours).")
    @APIResponse(responseCode = "200", description = "One entry per channel")
    public List<DeliveryHealth.ChannelHealth> health() {
        return health.of(CHANNELS, Instant.now());
    }
}
