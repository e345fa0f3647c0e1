package ir.guild.registry.membership.rest;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.ApplicationForm;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.web.Language;

/** A signed-in person's own application for membership. */
@Path("/api/v1/applications")
@Tag(name = "Applications")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private final ApplicationService applications;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    ApplicationResource(ApplicationService applications, SecurityIdentity identity, HttpHeaders headers) {
        this.applications = applications;
        this.identity = identity;
        this.headers = headers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply for membership")
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Partner firms cannot apply")
    @APIResponse(responseCode = "409", description = "An open application or membership exists for this account or national ID")
    public Response submit(ApplicationForm form) {
        ApplicationView view = ApplicationView.of(applications.submit(person(), form, language()));
        return Response.created(URI.create("/api/v1/applications/me")).entity(view).build();
    }

    @GET
    @Path("me")
    @Operation(summary = "My latest application")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No application yet")
    public ApplicationView mine() {
        return applications.mine(person()).map(ApplicationView::of)
                .orElseThrow(() -> ProblemException.notFound("You have not applied yet"));
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete my application after the guild asked for more information; it is resubmitted")
    @APIResponse(responseCode = "200", description = "Resubmitted",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No open application")
    @APIResponse(responseCode = "409", description = "The application is not waiting for more information")
    public ApplicationView resubmit(ApplicationForm form) {
        return ApplicationView.of(applications.resubmit(person(), form, language()));
    }

    @POST
    @Path("me/withdraw")
    @Operation(summary = "Withdraw my open application")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No open application")
    public ApplicationView withdraw() {
        return ApplicationView.of(applications.withdraw(person()));
    }

    private CurrentPerson person() {
        CurrentPerson person = CurrentPerson.of(identity);
        if (person.has(Role.PARTNER)) {
            throw new ForbiddenException("Partner firms do not apply for membership");
        }
        return person;
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
