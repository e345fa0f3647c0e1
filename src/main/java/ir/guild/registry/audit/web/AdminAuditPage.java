package ir.guild.registry.audit.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

import ir.guild.registry.audit.AuditEntry;
import ir.guild.registry.audit.AuditFilter;
import ir.guild.registry.audit.AuditTrail;
import ir.guild.registry.audit.ChainVerification;
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.web.CardPage;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Pagination;
import ir.guild.registry.web.Ui;

/**
 * The audit trail for admins: entries filtered by account, entity, action and days (typed in
 * Jalali on the Persian page, Gregorian on the English one), newest first, a CSV copy of the same
 * selection, and a button that walks the hash chain.
 */
@Path(AdminAuditPage.PATH)
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminAuditPage {

    static final String PATH = "/admin/audit";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AuditList list);
    }

    private final AuditTrail trail;
    private final Ui ui;

    AdminAuditPage(AuditTrail trail, Ui ui) {
        this.trail = trail;
        this.ui = ui;
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("actor") String actor, @QueryParam("entity") String entity,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page) {
        return page(new AuditList.Filters(actor, entity, action, from, to), page, null);
    }

    /** Checking the chain reads the whole log, so it is asked for with a (CSRF-protected) form, not a link. */
    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response verify(@QueryParam("actor") String actor, @QueryParam("entity") String entity,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        return page(new AuditList.Filters(actor, entity, action, from, to), 0, trail.verify());
    }

    private Response page(AuditList.Filters typed, Integer page, ChainVerification verification) {
        Language language = ui.language();
        FieldChecks checks = new FieldChecks(language);
        AuditFilter filter = AuditFilter.read(checks, typed.actor(), typed.entity(), typed.action(), typed.from(),
                typed.to(), language == Language.EN ? AuditFilter.ISO_DATES : AuditFilter.JALALI_DATES);
        int pageNumber = PageOf.boundedPage(page);
        String query = typed.query();
        Pagination pages;
        if (!checks.errors().isEmpty()) {
            pages = new Pagination(0, PageOf.DEFAULT_SIZE, 0, language, index -> PATH);
            AuditList list = new AuditList(List.of(), pages, 0, typed, FormErrors.of(checks.errors()),
                    null, verification, language);
            return Response.status(400).type(CardPage.HTML).entity(Templates.list(list)).build();
        }
        PageOf<AuditEntry> entries = trail.page(filter, pageNumber, PageOf.DEFAULT_SIZE);
        pages = new Pagination(pageNumber, PageOf.DEFAULT_SIZE, entries.total(), language,
                index -> PATH + "?" + query + "page=" + index);
        String csv = "/api/v1/admin/audit.csv" + trimmed("?" + AuditList.Filters.apiQuery(filter));
        AuditList list = new AuditList(entries.items(), pages, entries.total(), typed, FormErrors.none(), csv,
                verification, language);
        return Response.ok(Templates.list(list)).type(CardPage.HTML).build();
    }

    private static String trimmed(String query) {
        return query.endsWith("&") || query.endsWith("?") ? query.substring(0, query.length() - 1) : query;
    }
}
