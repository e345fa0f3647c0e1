package ir.guild.registry.partner.webhook.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.Problem;
import ir.guild.registry.identity.Role;
import ir.guild.registry.partner.PartnerCallers;
import ir.guild.registry.partner.webhook.WebhookSecret;
import ir.guild.registry.partner.webhook.WebhookSecrets;

/** The calling firm's webhook secret: read it, or replace it. */
@Path("/api/v1/partner/webhook-secret")
@Tag(name = "Partner webhooks")
@RolesAllowed(Role.Names.PARTNER)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookSecretResource {

    private final WebhookSecrets secrets;
    private final PartnerCallers callers;
    private final SecurityIdentity identity;

    WebhookSecretResource(WebhookSecrets secrets, PartnerCallers callers, SecurityIdentity identity) {
        this.secrets = secrets;
        this.callers = callers;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Your webhook secret, made on first asking",
            description = "Every call to your callback URLs is signed with it; see the Guild-Webhook-Signature header.")
    @APIResponse(responseCode = "200", description = "The secret",
            content = @Content(schema = @Schema(implementation = WebhookSecretView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a partner firm, or a suspended one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response show() {
        return noStore(secrets.of(callers.activeFirm(identity)));
    }

    @POST
    @Operation(summary = "Replace your webhook secret",
            description = "Calls made from now on, retries of older events included, are signed with the new secret.")
    @APIResponse(responseCode = "200", description = "The new secret",
            content = @Content(schema = @Schema(implementation = WebhookSecretView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a partner firm, or a suspended one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotate() {
        return noStore(secrets.rotate(callers.activeFirm(identity)));
    }

    private static Response noStore(WebhookSecret secret) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(WebhookSecretView.of(secret)).cacheControl(noStore).build();
    }
}
