package ir.guild.registry.membership.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberSearch;
import ir.guild.registry.membership.MemberService;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.membership.Renewal;
import ir.guild.registry.membership.StatusChange;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Province;
import ir.guild.registry.web.Language;

/** The admins' register of members: search it, read a member, suspend, reinstate, revoke and renew. */
@Path("/api/v1/admin/members")
@Tag(name = "Admin: members")
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AdminMemberResource {

    /** Membership numbers look like 1405-000123; other words under this path belong to other resources. */
    static final String NUMBER = "{number: [0-9]+-[0-9]+}";

    private final MemberService members;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    AdminMemberResource(MemberService members, SecurityIdentity identity, HttpHeaders headers) {
        this.members = members;
        this.identity = identity;
        this.headers = headers;
    }

    @GET
    @Operation(summary = "Search the register of members, newest membership numbers first",
            description = "status may be ACTIVE, SUSPENDED, EXPIRED or REVOKED; q matches the Persian or Latin name,"
                    + " national ID, membership number or email")
    @APIResponse(responseCode = "200", description = "A page of members")
    @APIResponse(responseCode = "400", description = "Unknown status, grade or province, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageOf<AdminMemberView> search(@QueryParam("status") String status, @QueryParam("grade") String grade,
            @QueryParam("province") String province, @QueryParam("q") String text,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        FieldChecks checks = new FieldChecks(language());
        MemberSearch search = new MemberSearch(checks.code("status", status, MemberStatus.class, false),
                checks.code("grade", grade, Grade.class, false),
                checks.code("province", province, Province.class, false), text);
        checks.throwIfInvalid();
        int pageNumber = PageOf.boundedPage(page);
        int pageSize = PageOf.boundedSize(size);
        var today = members.today();
        return new PageOf<>(members.search(search, pageNumber, pageSize).stream()
                .map(member -> AdminMemberView.of(member, today)).toList(), pageNumber, pageSize,
                members.count(search));
    }

    @GET
    @Path(NUMBER)
    @Operation(summary = "One member with everything the guild holds and their history")
    @APIResponse(responseCode = "200", description = "The member",
            content = @Content(schema = @Schema(implementation = AdminMemberView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such member")
    public AdminMemberView member(@PathParam("number") String number) {
        Member member = members.find(number).orElseThrow(() -> ProblemException.notFound("No such member"));
        return AdminMemberView.of(member, members.today(), members.history(member));
    }

    @POST
    @Path(NUMBER + "/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend (SUSPENDED), lift a suspension (ACTIVE) or revoke (REVOKED) a membership",
            description = "A reason is required to suspend or revoke and is sent to the member. Revocation is final.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = AdminMemberView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status or missing reason, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such member")
    @APIResponse(responseCode = "409", description = "Stale version, or a change the membership's status does not allow")
    public AdminMemberView changeStatus(@PathParam("number") String number, StatusChange change) {
        Member member = members.changeStatus(number, change, CurrentPerson.of(identity), language());
        return AdminMemberView.of(member, members.today());
    }

    @POST
    @Path(NUMBER + "/renewals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renew a membership for the configured period",
            description = "Extends the validity from the later of today and its current end; an expired membership"
                    + " becomes active again. The body, with the version seen, is optional.")
    @APIResponse(responseCode = "200", description = "Renewed",
            content = @Content(schema = @Schema(implementation = AdminMemberView.class)))
    @APIResponse(responseCode = "400", description = "The body is not a valid renewal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such member")
    @APIResponse(responseCode = "409", description = "Stale version, or a revoked membership")
    public AdminMemberView renew(@PathParam("number") String number, Renewal renewal) {
        Member member = members.renew(number, renewal == null ? null : renewal.version(), CurrentPerson.of(identity));
        return AdminMemberView.of(member, members.today());
    }

    /** The same renewal posted with no body and no content type, as {@code curl -X POST} sends it. */
    @POST
    @Path(NUMBER + "/renewals")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public AdminMemberView renewWithoutBody(@PathParam("number") String number) {
        return renew(number, null);
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
