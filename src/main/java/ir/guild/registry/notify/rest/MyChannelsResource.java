package ir.guild.registry.notify.rest;

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
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.notify.ChannelChoices;
import ir.guild.registry.notify.MobileVerification;
import ir.guild.registry.notify.sms.SmsGateway;
import ir.guild.registry.web.Language;

/**
 * A person's notification channels and the confirmation of their mobile: for anyone signed in
 * with an application or a membership.
 */
@Path("/api/v1/me")
@Tag(name = "Notification channels")
@Authenticated
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MyChannelsResource {

    private final MobileVerification mobiles;
    private final ChannelChoices choices;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    MyChannelsResource(MobileVerification mobiles, ChannelChoices choices, SecurityIdentity identity,
            HttpHeaders headers) {
        this.mobiles = mobiles;
        this.choices = choices;
        this.identity = identity;
        this.headers = headers;
    }

    @POST
    @Path("mobile-verification")
    @Operation(summary = "Send a confirmation code by SMS to the mobile on my application or membership",
            description = "The code goes only to the number on record, never to one given in the request. It has six "
                    + "digits, replaces any code sent before and expires after guild.notify.mobile-code-ttl. At most 3 "
                    + "codes per account in 15 minutes and 10 a day, and 5 per number an hour.")
    @APIResponse(responseCode = "202", description = "Sent",
            content = @Content(schema = @Schema(implementation = MobileCodeSentView.class)))
    @APIResponse(responseCode = "400", description = "No mobile on record (field mobile)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    @APIResponse(responseCode = "404", description = "Neither an application nor a membership")
    @APIResponse(responseCode = "429", description = "Too many codes; Retry-After says when to ask again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The SMS gateway did not take the message; try again later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sendCode() {
        MobileVerification.CodeSent sent = mobiles.send(person(), language());
        return Response.accepted(new MobileCodeSentView(SmsGateway.masked(sent.mobile()), sent.expiresAt())).build();
    }

    @POST
    @Path("mobile-verification/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm my mobile with the code received by SMS",
            description = "Compared with the latest code sent; the fifth wrong code locks it and only a new code helps.")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(schema = @Schema(implementation = MobileVerifiedView.class)))
    @APIResponse(responseCode = "400", description = "Wrong, expired, locked or missing code (field code)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    @APIResponse(responseCode = "404", description = "Neither an application nor a membership")
    public MobileVerifiedView confirm(MobileCodeEntry entry) {
        CurrentPerson person = person();
        var verifiedAt = mobiles.confirm(person, entry == null ? null : entry.code(), language());
        return new MobileVerifiedView(SmsGateway.masked(mobiles.numberOnRecord(person, language())), verifiedAt);
    }

    @GET
    @Path("notification-channels")
    @Operation(summary = "My notification channels and whether each is ready")
    @APIResponse(responseCode = "200", description = "The channels",
            content = @Content(schema = @Schema(implementation = ChannelsView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    @APIResponse(responseCode = "404", description = "Neither an application nor a membership")
    public ChannelsView channels() {
        return ChannelsView.of(choices.of(person(), language()));
    }

    @PUT
    @Path("notification-channels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose SMS and the messenger besides email",
            description = "SMS needs a confirmed mobile, the messenger a linked chat.")
    @APIResponse(responseCode = "200", description = "The channels after the change",
            content = @Content(schema = @Schema(implementation = ChannelsView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, or names a channel that is not ready",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A partner firm")
    @APIResponse(responseCode = "404", description = "Neither an application nor a membership")
    public ChannelsView choose(ChannelChoice choice) {
        return ChannelsView.of(choices.choose(person(), choice == null ? null : choice.sms(),
                choice == null ? null : choice.messenger(), language()));
    }

    private CurrentPerson person() {
        CurrentPerson person = CurrentPerson.of(identity);
        if (person.has(Role.PARTNER)) {
            throw new ForbiddenException("Partner firms have no notification channels");
        }
        return person;
    }

    private Language language() {
        return Language.ofApiClient(headers.getAcceptableLanguages());
    }
}
