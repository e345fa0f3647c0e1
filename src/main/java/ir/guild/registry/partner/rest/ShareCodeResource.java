package ir.guild.registry.partner.rest;

import java.time.Instant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.partner.ShareCodeForm;
import ir.guild.registry.partner.ShareCodeService;
import ir.guild.registry.web.Language;

/** A member's share codes: the consent they give partner firms to verify them. */
@Path("/api/v1/members/me/share-codes")
@Tag(name = "Consent")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ShareCodeResource {

    private final ShareCodeService shareCodes;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    ShareCodeResource(ShareCodeService shareCodes, SecurityIdentity identity, HttpHeaders headers) {
        this.shareCodes = shareCodes;
        this.identity = identity;
        this.headers = headers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a share code for a partner firm",
            description = "The answer is the only time the code is shown: the guild keeps only a hash of it.")
    @APIResponse(responseCode = "201", description = "Made; `code` is the one to give the firm",
            content = @Content(schema = @Schema(implementation = ShareCodeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ShareCodeForm form) {
        ShareCodeService.Issued issued = shareCodes.create(CurrentPerson.of(identity), form,
                Language.ofApiClient(headers.getAcceptableLanguages()));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.CREATED).entity(ShareCodeView.issued(issued, Instant.now()))
                .cacheControl(noStore).build();
    }

    @GET
    @Operation(summary = "My share codes, newest first, with their status and how often they were used")
    @APIResponse(responseCode = "200", description = "One page of the codes")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<ShareCodeView> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageOf.slice(shareCodes.mine(CurrentPerson.of(identity)).stream().map(ShareCodeView::of).toList(),
                page, size);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a share code: it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Not a member, or no such code of yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is already expired or revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("id") long id) {
        shareCodes.revoke(CurrentPerson.of(identity), id);
        return Response.noContent().build();
    }
}
