package ir.guild.registry.certification.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.certification.CertificateService;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.identity.CurrentPerson;

/** A member's own certificates. */
@Path("/api/v1/certificates/me")
@Tag(name = "Certificates")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    private final CertificateService certificates;
    private final SecurityIdentity identity;

    CertificateResource(CertificateService certificates, SecurityIdentity identity) {
        this.certificates = certificates;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "My certificates, newest first, each with its status today")
    @APIResponse(responseCode = "200", description = "One page of the certificates; empty for someone who holds none")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public PageOf<CertificateView> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageOf.slice(certificates.mine(CurrentPerson.of(identity)).stream().map(CertificateView::of).toList(),
                page, size);
    }
}
