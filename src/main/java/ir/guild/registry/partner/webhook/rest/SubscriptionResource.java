package ir.guild.registry.partner.webhook.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.Role;
import ir.guild.registry.partner.PartnerCallers;
import ir.guild.registry.partner.PartnerRateLimitKey;
import ir.guild.registry.partner.webhook.SubscriptionForm;
import ir.guild.registry.partner.webhook.Subscriptions;
import ir.guild.registry.partner.webhook.WebhookDelivery;
import ir.guild.registry.ratelimit.RateLimited;
import ir.guild.registry.web.Language;

/**
 * A firm's subscriptions to members' changes. A subscription needs the member's valid share
 * code and lasts as long as it; another firm's subscriptions answer 404.
 */
@Path("/api/v1/partner/subscriptions")
@Tag(name = "Partner webhooks")
@RolesAllowed(Role.Names.PARTNER)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final PartnerCallers callers;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    SubscriptionResource(Subscriptions subscriptions, PartnerCallers callers, SecurityIdentity identity,
            HttpHeaders headers) {
        this.subscriptions = subscriptions;
        this.callers = callers;
        this.identity = identity;
        this.headers = headers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Be called when a member's status, or a certificate they share, changes",
            description = "Counts as a verification: shown to the member, and against the firm's verification "
                    + "limit. An unknown number, a wrong, expired or revoked code and another member's code all "
                    + "answer the same 404.")
    @APIResponse(responseCode = "201", description = "Subscribed",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, too long or not an allowed URL, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a partner firm, or a suspended one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No membership matches this number and share code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The firm's verification limit is reached; `Retry-After` says "
            + "for how many seconds", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @RateLimited(value = RateLimited.PARTNER_VERIFICATION, key = PartnerRateLimitKey.class)
    public Response subscribe(SubscriptionForm form) {
        Subscriptions.Seen seen = subscriptions.subscribe(callers.activeFirm(identity), form,
                Language.ofApiClient(headers.getAcceptableLanguages()));
        return Response.status(Response.Status.CREATED).entity(SubscriptionView.of(seen)).build();
    }

    @GET
    @Operation(summary = "Your subscriptions, newest first")
    @APIResponse(responseCode = "200", description = "One page of them")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a partner firm, or a suspended one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<SubscriptionView> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageOf<Subscriptions.Seen> found = subscriptions.mine(callers.activeFirm(identity), page, size);
        return new PageOf<>(found.items().stream().map(SubscriptionView::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of your subscriptions")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a partner firm, or a suspended one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView one(@PathParam("id") long id) {
        return subscriptions.find(callers.activeFirm(identity), id).map(SubscriptionView::of)
                .orElseThrow(() -> ProblemException.notFound("You have no subscription " + id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a subscription: no call is made for it from now on")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a partner firm, or a suspended one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") long id) {
        subscriptions.cancel(callers.activeFirm(identity), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "Every attempt to call you about this subscription, newest first")
    @APIResponse(responseCode = "200", description = "One page of attempts")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a partner firm, or a suspended one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageOf<WebhookDelivery> found = subscriptions
                .deliveries(callers.activeFirm(identity), id, page, size);
        return new PageOf<>(found.items().stream().map(DeliveryView::of).toList(), found.page(), found.size(),
                found.total());
    }
}
