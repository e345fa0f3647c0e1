package ir.guild.registry.legalaid.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.Problem;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.CaseStatusChange;
import ir.guild.registry.legalaid.CounselDesk;
import ir.guild.registry.legalaid.CounselDesk.QueueFilter;
import ir.guild.registry.legalaid.CounselDesk.Scope;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.legalaid.Urgency;
import ir.guild.registry.reference.LegalAidCategory;
import ir.guild.registry.web.Language;

/**
 * The legal-aid desk for counsel and admins: the queue, taking a case after declaring no
 * conflict of interest, an admin's assignment, status moves and internal notes, and the
 * counsel's own profile. Each change answers the case as staff see it. Counsel see unassigned
 * cases and their own; a case they may not read does not exist for them (404).
 */
@Path("/api/v1/counsel")
@Tag(name = "Legal aid: counsel")
@RolesAllowed({ Role.Names.COUNSEL, Role.Names.ADMIN })
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class CounselCaseResource {

    private final CounselDesk desk;
    private final LegalAidService cases;
    private final CaseViews views;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    CounselCaseResource(CounselDesk desk, LegalAidService cases, CaseViews views, SecurityIdentity identity,
            HttpHeaders headers) {
        this.desk = desk;
        this.cases = cases;
        this.views = views;
        this.identity = identity;
        this.headers = headers;
    }

    @GET
    @Path("cases")
    @Operation(summary = "The desk's queue, oldest first, with each case's SLA state",
            description = "Counsel see the cases waiting unassigned and their own; admins see every case. Nobody "
                    + "sees a case they filed themselves here. GET /api/v1/legal-aid/cases/{id} shows one case.")
    @APIResponse(responseCode = "200", description = "One page of the queue")
    @APIResponse(responseCode = "400", description = "An unknown filter value; the error names the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither counsel nor admin")
    public PageOf<QueueRow> queue(
            @Parameter(description = "unassigned, mine or all (the default: for counsel both of the others, for "
                    + "admins every case)") @QueryParam("assigned") String assigned,
            @QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("urgency") String urgency, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        FieldChecks checks = new FieldChecks(language());
        QueueFilter filter = new QueueFilter(checks.code("assigned", assigned, Scope.class, false),
                checks.code("status", status, CaseStatus.class, false),
                checks.code("category", category, LegalAidCategory.class, false),
                checks.code("urgency", urgency, Urgency.class, false));
        checks.throwIfInvalid();
        CurrentPerson person = person();
        int pageNumber = PageOf.boundedPage(page);
        int pageSize = PageOf.boundedSize(size);
        List<QueueRow> rows = desk.queue(person, filter, pageNumber, pageSize).stream()
                .map(legalCase -> QueueRow.of(legalCase, cases.sla(legalCase).orElse(null))).toList();
        return new PageOf<>(rows, pageNumber, pageSize, desk.countQueue(person, filter));
    }

    @POST
    @Path("cases/{id}/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an unassigned case, declaring no conflict of interest",
            description = "When the counterparty matches a partner firm or the counsel's declared employer, the "
                    + "counsel must also acknowledge the warnings (the case's conflictWarnings). A SUBMITTED case is "
                    + "triaged on the way.")
    @APIResponse(responseCode = "200", description = "Taken: the case, ASSIGNED to the caller",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Missing version, no declaration (noConflict), or warnings "
            + "not acknowledged (warningsAcknowledged), each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a counsel (admins assign instead), or the caller's own case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the case is taken or no longer waiting",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView claim(@PathParam("id") long id, CaseClaim claim) {
        CurrentPerson person = person();
        CaseClaim sent = claim == null ? new CaseClaim(null, null, null) : claim;
        return staffView(desk.claim(id, person, sent.version(), Boolean.TRUE.equals(sent.noConflict()),
                Boolean.TRUE.equals(sent.warningsAcknowledged()), language()), person);
    }

    @POST
    @Path("cases/{id}/assign")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign an open case to a counsel known to the desk, or hand it to another one",
            description = "The counsel declares no conflict of interest when they start work on it (status "
                    + "IN_PROGRESS with noConflict).")
    @APIResponse(responseCode = "200", description = "Assigned",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Missing version, or counselSubject missing or not a counsel "
            + "known to the desk, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin, or the admin's own case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the case is no longer open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView assign(@PathParam("id") long id, CaseAssignment assignment) {
        CurrentPerson person = person();
        CaseAssignment sent = assignment == null ? new CaseAssignment(null, null) : assignment;
        return staffView(desk.assign(id, person, sent.counselSubject(), sent.version(), language()), person);
    }

    @POST
    @Path("cases/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a case on, optionally with a message to the member",
            description = "TRIAGED or DECLINED while it waits unassigned; once assigned, IN_PROGRESS (declaring no "
                    + "conflict if not declared yet), AWAITING_MEMBER, RESOLVED, CLOSED, or DECLINED until work "
                    + "starts. DECLINED needs a reason for the member.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, missing version, reason (with DECLINED) or "
            + "declaration (noConflict), each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither counsel nor admin, or the caller's own case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or a move the case's status does not allow; "
            + "nothing changes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView changeStatus(@PathParam("id") long id, CaseStatusChange change) {
        CurrentPerson person = person();
        CaseStatusChange sent = change == null ? new CaseStatusChange(null, null, null, null, null) : change;
        return staffView(desk.changeStatus(id, person, sent, language()), person);
    }

    @POST
    @Path("cases/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write an internal note: for counsel and admins only, never shown to the member")
    @APIResponse(responseCode = "201", description = "Written: the case with the note on its timeline",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "The body is missing or too long (the error names body)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither counsel nor admin, or the caller's own case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response note(@PathParam("id") long id, EntryText text) {
        CurrentPerson person = person();
        desk.note(id, person, text == null ? null : text.body(), language());
        LegalAidCase legalCase = LegalAidCase.findById(id);
        return Response.status(Status.CREATED).entity(staffView(legalCase, person)).build();
    }

    @GET
    @Path("profile")
    @RolesAllowed(Role.Names.COUNSEL)
    @Operation(summary = "The caller's counsel profile: their name and email as their account says, and their "
            + "declared employer")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = CounselView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a counsel")
    public CounselView profile() {
        return CounselView.of(desk.profile(person()));
    }

    @PUT
    @Path("profile")
    @RolesAllowed(Role.Names.COUNSEL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare who the caller works for besides the guild",
            description = "Every case's counterparty is checked against it before the counsel takes the case.")
    @APIResponse(responseCode = "200", description = "Declared",
            content = @Content(schema = @Schema(implementation = CounselView.class)))
    @APIResponse(responseCode = "400", description = "The employer is too long (the error names employer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a counsel")
    public CounselView declareEmployer(EmployerDeclaration declaration) {
        return CounselView.of(desk.declareEmployer(person(), declaration == null ? null : declaration.employer(),
                language()));
    }

    @GET
    @Path("counsel")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "The counsel an admin can assign a case to: everyone who has used the desk, by name")
    @APIResponse(responseCode = "200", description = "One page of the counsel")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageOf<CounselView> counsel(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageOf.slice(desk.counsel().stream().map(CounselView::of).toList(), page, size);
    }

    private CaseView staffView(LegalAidCase legalCase, CurrentPerson person) {
        return views.of(legalCase, person);
    }

    private CurrentPerson person() {
        return CurrentPerson.of(identity);
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
