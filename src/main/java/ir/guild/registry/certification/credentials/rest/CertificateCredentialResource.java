package ir.guild.registry.certification.credentials.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.certification.credentials.VerifiableCredentials;
import ir.guild.registry.common.Problem;
import ir.guild.registry.identity.CurrentPerson;

/** A certificate as a signed credential, for its holder and for admins. */
@Path("/api/v1/certificates/{id}/credential")
@Tag(name = "Certification")
@SecurityRequirement(name = "SecurityScheme")
public class CertificateCredentialResource {

    private final SecurityIdentity identity;
    private final VerifiableCredentials credentials;

    CertificateCredentialResource(SecurityIdentity identity, VerifiableCredentials credentials) {
        this.identity = identity;
        this.credentials = credentials;
    }

    /**
     * Everyone but the holder and admins gets 404, as for a certificate that does not exist:
     * other members, assessors, counsel and partner firms alike. Partners verify through share
     * codes, not through this endpoint.
     */
    @GET
    @Authenticated
    @Produces({ CredentialMediaTypes.VC_JWT, CredentialMediaTypes.JWT })
    @Operation(summary = "A certificate as a signed verifiable credential (VC-JWT)",
            description = CredentialMediaTypes.FORMAT + " Its `credentialSubject` holds `name`, `nameLatin`, "
                    + "`membershipNumber` and `certificate` {`publicCode`, `trackCode`, `trackTitle`, "
                    + "`trackTitleEn`, `level`, `issuedOn`, `expiresOn`}. Only the holder and admins may fetch "
                    + "it; a revoked certificate still has its credential, and its revocation bit is set.")
    @APIResponse(responseCode = "200", description = "The signed credential",
            content = @Content(mediaType = CredentialMediaTypes.VC_JWT, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such certificate, or not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response credential(@PathParam("id") long id) {
        return CredentialMediaTypes.personal(credentials.ofCertificate(id, CurrentPerson.of(identity)),
                "No such certificate");
    }
}
