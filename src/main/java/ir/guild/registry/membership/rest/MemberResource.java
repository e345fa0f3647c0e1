package ir.guild.registry.membership.rest;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.GuildClock;

/** A member's own membership. */
@Path("/api/v1/members")
@Tag(name = "Members")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final SecurityIdentity identity;

    MemberResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("me")
    @Authenticated
    @Operation(summary = "My membership: number, grade, status and validity")
    @APIResponse(responseCode = "200", description = "The membership",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Not a member")
    public MemberView me() {
        String subject = CurrentPerson.of(identity).subject();
        return Member.currentOf(subject).map(member -> MemberView.of(member, LocalDate.now(GuildClock.ZONE)))
                .orElseThrow(() -> ProblemException.notFound("You are not a member"));
    }
}
