package ir.guild.registry.legalaid.rest;

import java.net.URI;

import jakarta.ws.rs.Consumes;
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

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.legalaid.CaseForm;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.web.Language;

/**
 * A member's legal-aid cases. A case is read by its member, admins and its counsel (or any
 * counsel while it is unassigned in the queue); anyone else is told it does not exist.
 */
@Path(LegalAidCaseResource.PATH)
@Tag(name = "Legal aid")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class LegalAidCaseResource {

    static final String PATH = "/api/v1/legal-aid/cases";

    private final LegalAidService cases;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    LegalAidCaseResource(LegalAidService cases, SecurityIdentity identity, HttpHeaders headers) {
        this.cases = cases;
        this.identity = identity;
        this.headers = headers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a legal-aid case")
    @APIResponse(responseCode = "201", description = "Filed, with its case number",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a member of the guild (never was), or a partner firm",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The membership is not active today (the detail names its "
            + "status: SUSPENDED, EXPIRED or REVOKED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(CaseForm form) {
        CurrentPerson person = person();
        LegalAidCase legalCase = cases.file(person, form, language());
        return Response.created(URI.create(PATH + "/" + legalCase.id)).entity(view(legalCase, person)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "My legal-aid cases, newest first")
    @APIResponse(responseCode = "200", description = "One page of the cases; empty for someone who filed none")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    public PageOf<CaseSummary> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageOf.slice(cases.mine(person()).stream().map(CaseSummary::of).toList(), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One case with its timeline: for its member, its counsel and admins",
            description = "Internal notes are part of the timeline only for counsel and admins; the member who "
                    + "filed the case never receives them. Every read is written to the audit log.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView read(@PathParam("id") long id) {
        CurrentPerson person = person();
        return cases.find(id, person).map(legalCase -> view(legalCase, person))
                .orElseThrow(() -> ProblemException.notFound("No such legal-aid case"));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a case that is still open")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "The version is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the member who filed it (counsel or an admin reading it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the case is no longer open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView withdraw(@PathParam("id") long id, CaseWithdrawal body) {
        CurrentPerson person = person();
        return view(cases.withdraw(id, body == null ? null : body.version(), person), person);
    }

    /** Internal notes only for counsel and admins reading someone else's case. */
    private CaseView view(LegalAidCase legalCase, CurrentPerson person) {
        return LegalAidService.seesInternalNotes(legalCase, person)
                ? CaseView.forStaff(legalCase, cases.timeline(legalCase, person))
                : CaseView.forMember(legalCase, cases.timeline(legalCase, person));
    }

    private CurrentPerson person() {
        CurrentPerson person = CurrentPerson.of(identity);
        if (person.has(Role.PARTNER)) {
            throw new ForbiddenException("Partner firms have no legal-aid cases");
        }
        return person;
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
