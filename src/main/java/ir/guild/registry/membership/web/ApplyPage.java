package ir.guild.registry.membership.web;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import ir.guild.registry.common.Invalid;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.MembershipStandings;
import ir.guild.registry.membership.Standing;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Ui;

/**
 * The membership application form. A person who may apply gets the form; one whose
 * application waits for more information gets it filled in, with the guild's request;
 * anyone else sees where they stand (an application under review, which they may
 * withdraw, or their membership).
 */
@Path("/apply")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApplyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ApplyForm form);

        static native TemplateInstance standing(Standing standing);
    }

    private final ApplicationService applications;
    private final MembershipStandings standings;
    private final SecurityIdentity identity;
    private final Ui ui;

    ApplyPage(ApplicationService applications, MembershipStandings standings, SecurityIdentity identity, Ui ui) {
        this.applications = applications;
        this.standings = standings;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance show() {
        CurrentPerson person = applicant();
        Standing standing = standings.of(person);
        Language language = ui.language();
        if (standing.needsInfo()) {
            return Templates.form(ApplyForm.resubmission(ApplicationFields.of(standing.application(), language),
                    standing.application().decisionReason, language));
        }
        if (!standing.mayApply()) {
            return Templates.standing(standing);
        }
        return Templates.form(ApplyForm.fresh(ApplicationFields.blank(person), language));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(ApplicationFields fields) {
        CurrentPerson person = applicant();
        Language language = ui.language();
        Standing standing = standings.of(person);
        ApplyForm form = standing.needsInfo()
                ? ApplyForm.resubmission(fields, standing.application().decisionReason, language)
                : ApplyForm.fresh(fields, language);
        try {
            if (form.resubmission()) {
                applications.resubmit(person, fields.toForm(language), language);
            } else {
                applications.submit(person, fields.toForm(language), language);
            }
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                FormErrors errors = FormErrors.of(e.errors());
                if (fields.birthDateUnreadable(language)) {
                    errors = errors.with("birthDate", Invalid.DATE.message(language));
                }
                return PageResponses.withStatus(400, Templates.form(form.withErrors(errors)));
            }
            if (e.type() == ProblemType.CONFLICT) {
                return PageResponses.withStatus(409, Templates.form(form.withConflict()));
            }
            throw e;
        }
        return Response.seeOther(URI.create("/me")).build();
    }

    @POST
    @Path("withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw() {
        applications.withdraw(applicant());
        return Response.seeOther(URI.create("/me")).build();
    }

    /** Partner firms are companies: they verify members, they do not become members. */
    private CurrentPerson applicant() {
        CurrentPerson person = CurrentPerson.of(identity);
        if (person.has(Role.PARTNER)) {
            throw new ForbiddenException("Partner firms do not apply for membership");
        }
        return person;
    }
}
