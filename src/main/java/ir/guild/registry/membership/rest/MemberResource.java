package ir.guild.registry.membership.rest;

import java.time.LocalDate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.ContactChange;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberProfileService;
import ir.guild.registry.web.GuildClock;
import ir.guild.registry.web.Language;

/** A member's own membership. */
@Path("/api/v1/members")
@Tag(name = "Members")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    /** JSON Merge Patch (RFC 7396): the fields given replace the stored ones, the others stay. */
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final SecurityIdentity identity;
    private final MemberProfileService profiles;
    private final HttpHeaders headers;

    MemberResource(SecurityIdentity identity, MemberProfileService profiles, HttpHeaders headers) {
        this.identity = identity;
        this.profiles = profiles;
        this.headers = headers;
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

    /**
     * Only someone with a membership has one to change: applicants, partner firms and staff
     * who are not members get 404, as on {@code GET}.
     */
    @PATCH
    @Path("me")
    @Authenticated
    @Consumes({ MediaType.APPLICATION_JSON, MERGE_PATCH })
    @Operation(summary = "Change my contact details or directory listing; fields left out stay as they are")
    @APIResponse(responseCode = "200", description = "The membership after the change",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "Not a member")
    @APIResponse(responseCode = "409", description = "The membership changed at the same moment; try again")
    public MemberView updateMe(ContactChange change) {
        Member member = profiles.updateContact(CurrentPerson.of(identity), change,
                Language.ofApiClient(headers.getAcceptableLanguages()));
        return MemberView.of(member, LocalDate.now(GuildClock.ZONE));
    }
}
