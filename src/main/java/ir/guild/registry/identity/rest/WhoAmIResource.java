package ir.guild.registry.identity.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.Problem;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;

/** Who the caller is, as the platform sees them: a first check for API clients. */
@Path("/api/v1/me")
@Tag(name = "Identity")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
public class WhoAmIResource {

    public record Identity(String subject, String username, String name, String email, List<String> roles) {
    }

    private final SecurityIdentity identity;

    WhoAmIResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in account and its guild roles")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = Identity.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Identity whoAmI() {
        CurrentPerson person = CurrentPerson.of(identity);
        return new Identity(person.subject(), person.username(), person.displayName(), person.email(),
                person.roles().stream().sorted().map(Role::realmRole).toList());
    }
}
