package ir.guild.registry.certification.credentials.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.guild.registry.certification.credentials.CredentialSigner;

/** The guild's public keys, for anyone who checks a credential, online or offline. */
@Path("/.well-known/jwks.json")
@Tag(name = "Public verification")
public class JwksResource {

    private final CredentialSigner signer;

    JwksResource(CredentialSigner signer) {
        this.signer = signer;
    }

    @GET
    @Produces({ CredentialMediaTypes.JWK_SET, MediaType.APPLICATION_JSON })
    @Operation(summary = "The guild's public signing keys as a JWK Set",
            description = "Every key that signs or has signed the guild's credentials, public parts only, each with "
                    + "`kid`, `alg` (ES256 or EdDSA) and `use: sig`. Keys rotate: a credential names its key by `kid`.")
    @APIResponse(responseCode = "200", description = "The JWK Set")
    public Response keys() {
        return Response.ok(signer.publicKeys().toString(true))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }
}
