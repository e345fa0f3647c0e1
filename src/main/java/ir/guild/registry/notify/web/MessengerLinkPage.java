package ir.guild.registry.notify.web;

import java.net.URI;
import java.time.Instant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.web.CardPage;
import ir.guild.registry.notify.MessengerLinking;

/**
 * The two forms of the notification settings page about the messenger: getting a linking code
 * (shown on a page of its own, once: never in an address the app redirects to) and unlinking.
 */
@Path("/me/notifications/messenger")
@Authenticated
public class MessengerLinkPage {

    static final String SETTINGS = "/me/notifications";

    /** The code as the page shows it; all null when the messenger is not offered. */
    public record ShownCode(String code, String codeShown, Instant expiresAt, String botUsername, String startLink) {

        /** The bot as people search for it in the messenger. */
        public String botHandle() {
            return botUsername == null ? null : "@" + botUsername;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance code(ShownCode shown);
    }

    private final MessengerLinking linking;
    private final SecurityIdentity identity;

    MessengerLinkPage(MessengerLinking linking, SecurityIdentity identity) {
        this.linking = linking;
        this.identity = identity;
    }

    @POST
    @Path("code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response code() {
        CurrentPerson person = person();
        ShownCode shown = null;
        if (linking.offered()) {
            MessengerLinking.IssuedCode issued = linking.newCode(person.subject());
            shown = new ShownCode(issued.code(), issued.code().substring(0, 4) + "-" + issued.code().substring(4),
                    issued.expiresAt(), issued.botUsername(), issued.startLink());
        }
        return Response.ok(Templates.code(shown)).type(CardPage.HTML).cacheControl(CardPage.personal()).build();
    }

    @POST
    @Path("unlink")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response unlink() {
        linking.unlink(person().subject());
        // Whether a chat was linked or not, the person's wish holds: nothing is linked now.
        return Response.seeOther(URI.create(SETTINGS + "?unlinked=1")).build();
    }

    private CurrentPerson person() {
        CurrentPerson person = CurrentPerson.of(identity);
        if (person.has(Role.PARTNER)) {
            throw new ForbiddenException("Partner firms have no notification channels");
        }
        return person;
    }
}
