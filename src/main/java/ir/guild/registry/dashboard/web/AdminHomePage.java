package ir.guild.registry.dashboard.web;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.dashboard.Dashboard;
import ir.guild.registry.dashboard.rest.AdminDeliveryHealthResource;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.legalaid.CounselDesk;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.legalaid.web.CaseRow;
import ir.guild.registry.outbox.DeliveryHealth;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.PageAnswers;
import ir.guild.registry.web.Ui;

/**
 * The admins' home: the way to each admin section, the guild's figures and charts (each chart
 * with its table, which works without script), and the legal-aid cases whose first response is
 * overdue, so that no member waits unseen, and how each message channel fares.
 */
@Path("/admin")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminHomePage {

    /** Overdue cases listed on the page; the desk's queue has them all. */
    static final int OVERDUE_SHOWN = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(DashboardView home);
    }

    private final Dashboard dashboard;
    private final DeliveryHealth deliveryHealth;
    private final LegalAidService cases;
    private final CounselDesk desk;
    private final SecurityIdentity identity;
    private final Ui ui;

    AdminHomePage(Dashboard dashboard, DeliveryHealth deliveryHealth, LegalAidService cases, CounselDesk desk,
            SecurityIdentity identity, Ui ui) {
        this.dashboard = dashboard;
        this.deliveryHealth = deliveryHealth;
        this.cases = cases;
        this.desk = desk;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Operation(hidden = true)
    public Response home() {
        CurrentPerson admin = CurrentPerson.of(identity);
        Language language = ui.language();
        List<CaseRow> overdue = desk.overdue(admin, OVERDUE_SHOWN).stream()
                .map(legalCase -> CaseRow.of(legalCase, cases.sla(legalCase), language)).toList();
        return PageAnswers.page(200, Templates.home(
                new DashboardView(dashboard.stats(), desk.countOverdue(admin), overdue,
                        deliveryHealth.of(AdminDeliveryHealthResource.CHANNELS, Instant.now()), language)));
    }
}
