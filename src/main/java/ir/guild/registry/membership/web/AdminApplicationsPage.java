package ir.guild.registry.membership.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.audit.AuditLog;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Application;
import ir.guild.registry.membership.ApplicationService;
import ir.guild.registry.membership.ApplicationStatus;
import ir.guild.registry.membership.Member;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Ui;

/** The admins' queue of membership applications, each application's page, and its decision forms. */
@Path("/admin/applications")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminApplicationsPage {

    static final int PAGE_SIZE = PageOf.DEFAULT_SIZE;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(ApplicationQueue queue);

        static native TemplateInstance application(ApplicationReview review);
    }

    private final ApplicationService applications;
    private final AuditLog audit;
    private final SecurityIdentity identity;
    private final Ui ui;

    AdminApplicationsPage(ApplicationService applications, AuditLog audit, SecurityIdentity identity, Ui ui) {
        this.applications = applications;
        this.audit = audit;
        this.identity = identity;
        this.ui = ui;
    }

    /** Oldest first, so the applications that have waited longest are decided first. */
    @GET
    @Operation(hidden = true)
    public TemplateInstance queue(@RestQuery String status, @RestQuery String q, @RestQuery Integer page) {
        FieldChecks checks = new FieldChecks(ui.language());
        ApplicationStatus wanted = checks.code("status", status, ApplicationStatus.class, false);
        checks.throwIfInvalid();
        String search = PersianText.digitsToAscii(PersianText.normalize(q));
        if (search != null && search.isEmpty()) {
            search = null;
        }
        // People count pages from 1; the service counts from 0.
        int pageIndex = page == null || page < 1 ? 0 : page - 1;
        return Templates.queue(new ApplicationQueue(applications.queue(wanted, search, pageIndex, PAGE_SIZE),
                wanted, search, pageIndex, PAGE_SIZE, applications.countQueue(wanted, search), ui.language()));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance application(@RestPath long id) {
        return Templates.application(review(id));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(@RestPath long id, DecisionFields fields) {
        Language language = ui.language();
        try {
            applications.decide(id, fields.toDecision(), CurrentPerson.of(identity), language);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                return PageResponses.withStatus(400,
                        Templates.application(review(id).refused(fields, FormErrors.of(e.errors()))));
            }
            if (e.type() == ProblemType.CONFLICT) {
                return PageResponses.withStatus(409, Templates.application(review(id).changedMeanwhile()));
            }
            throw e;
        }
        return Response.seeOther(URI.create(ApplicationQueue.PATH + "/" + id)).build();
    }

    private ApplicationReview review(long id) {
        Application application = applications.find(id)
                .orElseThrow(() -> ProblemException.notFound("No such application"));
        Member member = application.status == ApplicationStatus.APPROVED
                ? Member.byApplication(application.id).orElse(null)
                : null;
        return ApplicationReview.of(application, audit.historyOf(ApplicationService.ENTITY, application.id.toString()),
                member, ui.language());
    }
}
