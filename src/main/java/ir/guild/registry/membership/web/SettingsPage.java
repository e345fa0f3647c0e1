package ir.guild.registry.membership.web;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import ir.guild.registry.membership.ContactChange;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberProfileService;
import ir.guild.registry.reference.Province;
import ir.guild.registry.web.Ui;

/** The member's own settings: contact details and whether the public directory lists them. */
@Path("/me/settings")
@Authenticated
public class SettingsPage {

    static final String SAVED = "/me/settings?saved=1";

    /** The form as shown: the stored values, or what was typed when it was refused. */
    public record SettingsForm(String email, String mobile, String city, String province, boolean directoryListed) {

        static SettingsForm of(Member member) {
            return new SettingsForm(member.email, member.mobile, member.city, member.province.name(),
                    member.directoryListed);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsForm form, List<Choice> provinces, FormErrors errors,
                boolean saved);
    }

    private final MemberProfileService profiles;
    private final SecurityIdentity identity;
    private final Ui ui;

    SettingsPage(MemberProfileService profiles, SecurityIdentity identity, Ui ui) {
        this.profiles = profiles;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response settings(@QueryParam("saved") String saved) {
        return profiles.mine(CurrentPerson.of(identity))
                .map(member -> page(200, SettingsForm.of(member), FormErrors.none(), saved != null))
                .orElseGet(CardPage::notMember);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response save(@FormParam("email") String email, @FormParam("mobile") String mobile,
            @FormParam("city") String city, @FormParam("province") String province,
            @FormParam("directoryListed") String directoryListed) {
        CurrentPerson person = CurrentPerson.of(identity);
        if (profiles.mine(person).isEmpty()) {
            return CardPage.notMember();
        }
        // The form always sends every field: one left empty is cleared, not kept, so it is refused.
        SettingsForm form = new SettingsForm(orEmpty(email), orEmpty(mobile), orEmpty(city), orEmpty(province),
                directoryListed != null);
        try {
            profiles.updateContact(person, new ContactChange(form.email(), form.mobile(), form.city(),
                    form.province(), form.directoryListed()), ui.language());
        } catch (ProblemException e) {
            if (e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            return page(400, form, FormErrors.of(e.errors()), false);
        }
        return Response.seeOther(URI.create(SAVED)).build();
    }

    private Response page(int status, SettingsForm form, FormErrors errors, boolean saved) {
        List<Choice> provinces = Choice.of(Province.values(), form.province(), ui.language().locale());
        return Response.status(status).entity(Templates.settings(form, provinces, errors, saved))
                .type(CardPage.HTML).cacheControl(CardPage.personal()).build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
