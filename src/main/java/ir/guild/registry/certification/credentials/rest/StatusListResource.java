package ir.guild.registry.certification.credentials.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ir.guild.registry.certification.credentials.StatusListId;
import ir.guild.registry.certification.credentials.StatusLists;
import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;

/** The guild's revocation and suspension lists, public so that anyone can check a credential. */
@Path("/api/v1/public/status-lists")
@Tag(name = "Public verification")
public class StatusListResource {

    private final StatusLists statusLists;

    StatusListResource(StatusLists statusLists) {
        this.statusLists = statusLists;
    }

    @GET
    @Path("{id}")
    @Produces({ CredentialMediaTypes.VC_JWT, CredentialMediaTypes.JWT })
    @Operation(summary = "A status list as a signed BitstringStatusListCredential (VC-JWT)",
            description = "W3C Bitstring Status List v1.0, signed like every credential of the guild "
                    + "(`typ: vc+jwt`, key at `/.well-known/jwks.json`). `credentialSubject.encodedList` is the "
                    + "bitstring of " + StatusListId.SIZE + " entries, GZIP-compressed and base64url-encoded without "
                    + "padding, with the Multibase prefix `u`; entry 0 is the most significant bit of the first "
                    + "byte. A set bit means revoked (or suspended). The list is built from the register at each "
                    + "request, so a change shows in the next fetch.")
    @APIResponse(responseCode = "200", description = "The signed status list",
            content = @Content(mediaType = CredentialMediaTypes.VC_JWT, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Purpose and number, e.g. `revocation-0` or `suspension-0`",
            example = "revocation-0") @PathParam("id") String id) {
        String jwt = StatusListId.parse(id).flatMap(statusLists::credential)
                .orElseThrow(() -> ProblemException.notFound("No such status list"));
        // Verifiers must see a revocation at once: they may keep a copy but must ask again each time.
        return Response.ok(jwt)
                .header(HttpHeaders.CACHE_CONTROL, "public, no-cache")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }
}
