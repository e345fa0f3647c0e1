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
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.ApplicationStatus;
import ir.guild.registry.membership.Decision;
import ir.guild.registry.web.Language;

/** The admins' queue of applications and their decisions. */
@Path("/api/v1/admin/applications")
@Tag(name = "Admin: applications")
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AdminApplicationResource {

    private final ApplicationService applications;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    AdminApplicationResource(ApplicationService applications, SecurityIdentity identity, HttpHeaders headers) {
        this.applications = applications;
        this.identity = identity;
        this.headers = headers;
    }

    @GET
    @Operation(summary = "The queue of applications, oldest first")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageOf<ApplicationView> queue(@QueryParam("status") String status, @QueryParam("q") String search,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        FieldChecks checks = new FieldChecks(language());
        ApplicationStatus wanted = checks.code("status", status, ApplicationStatus.class, false);
        checks.throwIfInvalid();
        int pageNumber = PageOf.boundedPage(page);
        int pageSize = PageOf.boundedSize(size);
        return new PageOf<>(applications.queue(wanted, search, pageNumber, pageSize).stream()
                .map(ApplicationView::of).toList(), pageNumber, pageSize, applications.countQueue(wanted, search));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application with everything submitted")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application")
    public ApplicationView application(@PathParam("id") long id) {
        return applications.find(id).map(ApplicationView::of)
                .orElseThrow(() -> ProblemException.notFound("No such application"));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve, reject or ask for more information")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid decision, missing reason or version")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, or a decision the application's status does not allow")
    public ApplicationView decide(@PathParam("id") long id, Decision decision) {
        return ApplicationView.of(applications.decide(id, decision, CurrentPerson.of(identity), language()));
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
