package ir.guild.registry.partner.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
import ir.guild.registry.partner.PartnerVerification;
import ir.guild.registry.partner.ShareCodeService;

/** Who verified the member: every partner firm that asked about their number. */
@Path("/api/v1/members/me/verifications")
@Tag(name = "Consent")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MemberVerificationResource {

    private final ShareCodeService shareCodes;
    private final SecurityIdentity identity;

    MemberVerificationResource(ShareCodeService shareCodes, SecurityIdentity identity) {
        this.shareCodes = shareCodes;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Verifications of my membership by partner firms, newest first, answered or not")
    @APIResponse(responseCode = "200", description = "One page of the verifications")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<VerificationLogView> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageOf<PartnerVerification> found = shareCodes.verifications(CurrentPerson.of(identity), page, size);
        return new PageOf<>(found.items().stream().map(VerificationLogView::of).toList(), found.page(), found.size(),
                found.total());
    }
}
