package ir.guild.registry.certification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.certification.CertificateService;
import ir.guild.registry.certification.Certificates;
import ir.guild.registry.certification.Revocation;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.web.Language;

/** Admins' view of a certificate and its revocation. */
@Path("/api/v1/admin/certificates")
@Tag(name = "Admin: certificates")
@RolesAllowed(Role.Names.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCertificateResource {

    private final CertificateService service;
    private final Certificates certificates;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    AdminCertificateResource(CertificateService service, Certificates certificates, SecurityIdentity identity,
            HttpHeaders headers) {
        this.service = service;
        this.certificates = certificates;
        this.identity = identity;
        this.headers = headers;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One certificate with its status today and the version a revocation needs")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such certificate")
    public CertificateView certificate(@PathParam("id") long id) {
        return certificates.byId(id).map(CertificateView::of)
                .orElseThrow(() -> ProblemException.notFound("No such certificate"));
    }

    @POST
    @Path("{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate for good; the holder is told why")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason or version, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such certificate")
    @APIResponse(responseCode = "409", description = "Already revoked, or a stale version")
    public CertificateView revoke(@PathParam("id") long id, Revocation revocation) {
        return CertificateView.of(service.revoke(id, revocation == null ? null : revocation.reason(),
                revocation == null ? null : revocation.version(), CurrentPerson.of(identity),
                Language.ofApiClient(headers.getAcceptableLanguages())));
    }
}
