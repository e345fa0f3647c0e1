package ir.guild.registry.notify.web;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.notify.ChannelChoices;
import ir.guild.registry.notify.MobileVerification;
import ir.guild.registry.notify.sms.SmsGateway;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Ui;

/**
 * A person's notification channels: email always, SMS once their mobile is confirmed by a code,
 * the messenger once a chat is linked. Every action is a plain form, so it works without JavaScript.
 */
@Path("/me/notifications")
@Authenticated
public class NotificationsPage {

    static final String PATH = "/me/notifications";
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    /** The page's state: the channels, the masked number, and what just happened. */
    public record View(ChannelChoices.Standing channels, String mobileShown, boolean sent, boolean verified,
            boolean saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(View view, FormErrors errors);

        static native TemplateInstance none();
    }

    private final ChannelChoices choices;
    private final MobileVerification mobiles;
    private final SecurityIdentity identity;
    private final Ui ui;

    NotificationsPage(ChannelChoices choices, MobileVerification mobiles, SecurityIdentity identity, Ui ui) {
        this.choices = choices;
        this.mobiles = mobiles;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response show(@QueryParam("sent") String sent, @QueryParam("verified") String verified,
            @QueryParam("saved") String saved) {
        return page(200, FormErrors.none(), sent != null, verified != null, saved != null);
    }

    @POST
    @Path("mobile/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response sendCode() {
        CurrentPerson person = person();
        if (person == null) {
            return none();
        }
        try {
            mobiles.send(person, ui.language());
        } catch (ProblemException e) {
            return refused(e, "mobile");
        }
        return Response.seeOther(URI.create(PATH + "?sent=1")).build();
    }

    @POST
    @Path("mobile/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response confirm(@FormParam("code") String code) {
        CurrentPerson person = person();
        if (person == null) {
            return none();
        }
        try {
            mobiles.confirm(person, code, ui.language());
        } catch (ProblemException e) {
            return refused(e, "code");
        }
        return Response.seeOther(URI.create(PATH + "?verified=1")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response choose(@FormParam("sms") String sms, @FormParam("messenger") String messenger) {
        CurrentPerson person = person();
        if (person == null) {
            return none();
        }
        try {
            choices.choose(person, sms != null, messenger != null, ui.language());
        } catch (ProblemException e) {
            return refused(e, "sms");
        }
        return Response.seeOther(URI.create(PATH + "?saved=1")).build();
    }

    private Response refused(ProblemException e, String field) {
        if (e.type() == ProblemType.NOT_FOUND) {
            return none();
        }
        FormErrors errors = e.type() == ProblemType.VALIDATION ? FormErrors.of(e.errors())
                : FormErrors.none().with(field, e.getMessage());
        return page(e.type().status(), errors, false, false, false);
    }

    private Response page(int status, FormErrors errors, boolean sent, boolean verified, boolean saved) {
        CurrentPerson person = person();
        if (person == null) {
            return none();
        }
        ChannelChoices.Standing channels;
        try {
            channels = choices.of(person, ui.language());
        } catch (ProblemException e) {
            return none();
        }
        View view = new View(channels, LocalDigits.of(SmsGateway.masked(channels.mobile()), ui.language()), sent,
                verified, saved);
        return Response.status(status).entity(Templates.notifications(view, errors)).type(HTML)
                .cacheControl(personal()).build();
    }

    /** Partner firms and people with neither an application nor a membership have no channels here. */
    private CurrentPerson person() {
        CurrentPerson person = CurrentPerson.of(identity);
        return person.has(Role.PARTNER) ? null : person;
    }

    private Response none() {
        return Response.status(404).entity(Templates.none()).type(HTML).cacheControl(personal()).build();
    }

    private static CacheControl personal() {
        CacheControl control = new CacheControl();
        control.setNoStore(true);
        control.setPrivate(true);
        return control;
    }
}
