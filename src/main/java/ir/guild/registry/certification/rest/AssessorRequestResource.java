package ir.guild.registry.certification.rest;

import java.util.Locale;

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

import ir.guild.registry.certification.CertificationRequest;
import ir.guild.registry.certification.CertificationRequestService;
import ir.guild.registry.certification.DecisionForm;
import ir.guild.registry.certification.RequestStatus;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.Problem;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.web.Language;

/** The assessors' queue of certification requests and their decisions. */
@Path("/api/v1/assessor/certification-requests")
@Tag(name = "Assessor: certification requests")
@RolesAllowed(Role.Names.ASSESSOR)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AssessorRequestResource {

    private final CertificationRequestService requests;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    AssessorRequestResource(CertificationRequestService requests, SecurityIdentity identity, HttpHeaders headers) {
        this.requests = requests;
        this.identity = identity;
        this.headers = headers;
    }

    @GET
    @Operation(summary = "The queue of requests, oldest first, by status and track; GET "
            + "/api/v1/certification-requests/{id} shows one with its files")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an assessor")
    public PageOf<RequestView> queue(@QueryParam("status") String status, @QueryParam("track") String track,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        FieldChecks checks = new FieldChecks(language());
        RequestStatus wanted = checks.code("status", status, RequestStatus.class, false);
        checks.throwIfInvalid();
        String trackCode = PersianText.normalize(track);
        trackCode = trackCode == null || trackCode.isEmpty() ? null : trackCode.toUpperCase(Locale.ROOT);
        int pageNumber = PageOf.boundedPage(page);
        int pageSize = PageOf.boundedSize(size);
        return new PageOf<>(requests.queue(wanted, trackCode, pageNumber, pageSize).stream()
                .map(request -> RequestView.of(request, null, null)).toList(), pageNumber, pageSize,
                requests.countQueue(wanted, trackCode));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant (issuing the certificate), deny, or ask the member for more information")
    @APIResponse(responseCode = "200", description = "Decided; a grant's certificateId names the certificate",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid decision or level, missing reason or version, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an assessor, or the assessor's own request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Stale version, a decision the request's status does not "
            + "allow, or a grant to a membership that is not active")
    public RequestView decide(@PathParam("id") long id, DecisionForm decision) {
        CertificationRequest request = requests.decide(id, decision, CurrentPerson.of(identity), language());
        return RequestView.of(request, requests.files(request.id),
                requests.certificateOf(request).map(certificate -> certificate.id).orElse(null));
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
