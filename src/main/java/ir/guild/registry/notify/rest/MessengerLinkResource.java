package ir.guild.registry.notify.rest;

import java.time.Instant;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.Problem;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.notify.MessengerLinking;

/** Linking the signed-in person's messenger chat: a one-time code to send the bot, and unlinking. */
@Path("/api/v1/me")
@Tag(name = "Notifications")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MessengerLinkResource {

    /** A linking code, shown only in the answer that made it. */
    @Schema(name = "MessengerLinkCode")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinkCodeView(
            @Schema(description = "Send this to the bot, alone or as `/start CODE`; it works once", example = "K7Q29XRT")
            String code,
            @Schema(description = "When the code stops working") Instant expiresAt,
            @Schema(description = "The bot's user name, without @; absent when not configured", example = "guild_registry_bot")
            String botUsername,
            @Schema(description = "An address opening the bot with the code filled in; absent unless configured",
                    example = "https://ble.ir/guild_registry_bot?start=K7Q29XRT")
            String startLink) {
    }

    private final MessengerLinking linking;
    private final SecurityIdentity identity;

    MessengerLinkResource(MessengerLinking linking, SecurityIdentity identity) {
        this.linking = linking;
        this.identity = identity;
    }

    @POST
    @Path("messenger-link-codes")
    @Operation(summary = "Get a one-time code that links a messenger chat to my account",
            description = "Sending the code to the bot links the chat it is sent from; notices then go there too."
                    + " A new code voids the earlier unused ones. The guild keeps only a hash of it.")
    @APIResponse(responseCode = "201", description = "Made; valid for `guild.messenger.link-code-ttl` (10 minutes by default)",
            content = @Content(schema = @Schema(implementation = LinkCodeView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm's client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The messenger is not offered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many codes asked for within the hour; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response newCode() {
        MessengerLinking.IssuedCode issued = linking.newCode(person().subject());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.CREATED)
                .entity(new LinkCodeView(issued.code(), issued.expiresAt(), issued.botUsername(), issued.startLink()))
                .cacheControl(noStore).build();
    }

    @DELETE
    @Path("messenger-link")
    @Operation(summary = "Unlink my messenger chat", description = "Notices stop going there at once; the chat is told.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm's client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No chat is linked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unlink() {
        if (!linking.unlink(person().subject())) {
            throw ProblemException.notFound("No messenger chat is linked to this account");
        }
        return Response.noContent().build();
    }

    private CurrentPerson person() {
        CurrentPerson person = CurrentPerson.of(identity);
        if (person.has(Role.PARTNER)) {
            throw new ForbiddenException("Partner firms have no notification channels");
        }
        return person;
    }
}
