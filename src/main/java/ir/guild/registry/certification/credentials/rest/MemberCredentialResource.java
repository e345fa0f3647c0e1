package ir.guild.registry.certification.credentials.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** A member's own membership as a signed credential. */
@Path("/api/v1/members/me/credential")
@Tag(name = "Members")
@SecurityRequirement(name = "SecurityScheme")
public class MemberCredentialResource {

    private final SecurityIdentity identity;
    private final VerifiableCredentials credentials;

    MemberCredentialResource(SecurityIdentity identity, VerifiableCredentials credentials) {
        this.identity = identity;
        this.credentials = credentials;
    }

    /** Whoever holds a membership gets it, whatever their roles; nobody else has one to get. */
    @GET
    @Authenticated
    @Produces({ CredentialMediaTypes.VC_JWT, CredentialMediaTypes.JWT })
    @Operation(summary = "My membership as a signed verifiable credential (VC-JWT)",
            description = CredentialMediaTypes.FORMAT + " Its `credentialSubject` holds `name`, `nameLatin`, "
                    + "`membershipNumber` and `membership` {`grade`, `memberSince`, `validUntil`}. A suspended "
                    + "membership still gets its credential; its suspension bit is set.")
    @APIResponse(responseCode = "200", description = "The signed credential",
            content = @Content(mediaType = CredentialMediaTypes.VC_JWT, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response credential() {
        return CredentialMediaTypes.personal(credentials.ofMembership(CurrentPerson.of(identity)),
                "You are not a member");
    }
}
