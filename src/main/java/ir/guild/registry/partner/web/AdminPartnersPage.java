package ir.guild.registry.partner.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.audit.HistoryLine;
import ir.guild.registry.common.FieldError;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.web.CardPage;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.partner.PartnerFirm;
import ir.guild.registry.partner.PartnerForm;
import ir.guild.registry.partner.PartnerService;
import ir.guild.registry.partner.PartnerStatus;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Pagination;
import ir.guild.registry.web.Ui;

/**
 * The admins' pages for partner firms: the list with the registration form, and one firm's page
 * with its details, history, suspension or reactivation, and secret rotation. A new secret is
 * shown once, on the answer to the form that made it, and never again.
 */
@Path("/admin/partners")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminPartnersPage {

    static final String PATH = "/admin/partners";
    static final String ID = "{id: [0-9]+}";
    static final Set<String> DONE = Set.of("suspend", "reactivate");

    /** The registration form as shown: empty, or what was sent when it was refused. */
    public record RegistrationForm(String name, String nationalCompanyId, String contactEmail) {
        static final RegistrationForm EMPTY = new RegistrationForm("", "", "");
    }

    /** The alert a page shows about what just failed, if anything. */
    public enum Alert {
        NONE, INVALID, DUPLICATE, UNAVAILABLE, CONFLICT, CONFIRM
    }

    /** A firm on its own page, with what the admin may do to it. */
    public record FirmPage(PartnerFirm firm, List<HistoryLine> history, String done, Alert alert, FormErrors errors) {

        public boolean active() {
            return firm.status == PartnerStatus.ACTIVE;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<PartnerFirm> firms, Pagination pages, String total,
                RegistrationForm form, FormErrors errors, Alert alert);

        static native TemplateInstance partner(FirmPage page);

        static native TemplateInstance credentials(PartnerFirm firm, String clientSecret, boolean rotated);
    }

    private final PartnerService partners;
    private final SecurityIdentity identity;
    private final Ui ui;

    AdminPartnersPage(PartnerService partners, SecurityIdentity identity, Ui ui) {
        this.partners = partners;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("page") Integer page) {
        return list(200, page, RegistrationForm.EMPTY, FormErrors.none(), Alert.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response register(@FormParam("name") String name, @FormParam("nationalCompanyId") String nationalCompanyId,
            @FormParam("contactEmail") String contactEmail) {
        RegistrationForm form = new RegistrationForm(name, nationalCompanyId, contactEmail);
        PartnerService.WithSecret registered;
        try {
            registered = partners.register(new PartnerForm(name, nationalCompanyId, contactEmail), admin(),
                    ui.language());
        } catch (ProblemException e) {
            return switch (e.type()) {
                case VALIDATION -> list(400, 0, form, FormErrors.of(e.errors()), Alert.INVALID);
                case CONFLICT -> list(409, 0, form, FormErrors.of(List.of(new FieldError("nationalCompanyId",
                        texts().duplicate()))), Alert.DUPLICATE);
                case UNAVAILABLE -> list(503, 0, form, FormErrors.none(), Alert.UNAVAILABLE);
                default -> throw e;
            };
        }
        // Shown here once, never again: not a redirect, which would have to keep the secret somewhere.
        return credentials(registered, false);
    }

    @GET
    @Path(ID)
    @Operation(hidden = true)
    public Response partner(@PathParam("id") long id, @QueryParam("done") String done) {
        return firmPage(200, id, done != null && DONE.contains(done) ? done : null, Alert.NONE, FormErrors.none());
    }

    @POST
    @Path(ID + "/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response suspend(@PathParam("id") long id, @FormParam("version") String version) {
        return act(id, "suspend", () -> partners.suspend(id, version(version), admin()));
    }

    @POST
    @Path(ID + "/reactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reactivate(@PathParam("id") long id, @FormParam("version") String version) {
        return act(id, "reactivate", () -> partners.reactivate(id, version(version), admin()));
    }

    /** The old secret stops working at once, so the form asks the admin to tick a confirmation. */
    @POST
    @Path(ID + "/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response rotateSecret(@PathParam("id") long id, @FormParam("confirm") String confirm,
            @FormParam("version") String version) {
        if (!"yes".equals(confirm)) {
            return firmPage(400, id, null, Alert.CONFIRM,
                    FormErrors.of(List.of(new FieldError("confirm", texts().rotate_confirm_required()))));
        }
        PartnerService.WithSecret rotated;
        try {
            rotated = partners.rotateSecret(id, version(version), admin());
        } catch (ProblemException e) {
            return refused(id, e);
        }
        return credentials(rotated, true);
    }

    /** Runs a status change and goes back to the firm's page (POST-redirect-GET), or shows why it was refused. */
    private Response act(long id, String action, Supplier<PartnerFirm> transition) {
        try {
            transition.get();
        } catch (ProblemException e) {
            return refused(id, e);
        }
        return Response.seeOther(URI.create(PATH + "/" + id + "?done=" + action)).build();
    }

    private Response refused(long id, ProblemException e) {
        return switch (e.type()) {
            case CONFLICT -> firmPage(409, id, null, Alert.CONFLICT, FormErrors.none());
            case UNAVAILABLE -> firmPage(503, id, null, Alert.UNAVAILABLE, FormErrors.none());
            default -> throw e;
        };
    }

    private Response list(int status, Integer page, RegistrationForm form, FormErrors errors, Alert alert) {
        Language language = ui.language();
        int pageNumber = PageOf.boundedPage(page);
        long total = partners.count();
        Pagination pages = new Pagination(pageNumber, PageOf.DEFAULT_SIZE, total, language,
                index -> PATH + "?page=" + index);
        return Response.status(status).type(CardPage.HTML)
                .entity(Templates.list(partners.list(pageNumber, PageOf.DEFAULT_SIZE), pages,
                        LocalDigits.of(total, language), form, errors, alert))
                .build();
    }

    private Response firmPage(int status, long id, String done, Alert alert, FormErrors errors) {
        PartnerFirm firm = partners.find(id).orElseThrow(() -> ProblemException.notFound("No such partner firm"));
        List<HistoryLine> history = partners.history(firm).stream().map(HistoryLine::of).toList();
        return Response.status(status).type(CardPage.HTML)
                .entity(Templates.partner(new FirmPage(firm, history, done, alert, errors))).build();
    }

    private Response credentials(PartnerService.WithSecret withSecret, boolean rotated) {
        return Response.ok(Templates.credentials(withSecret.firm(), withSecret.clientSecret(), rotated))
                .type(CardPage.HTML).cacheControl(CardPage.personal()).build();
    }

    /** Pages always send the version they showed; a missing or mangled one can only be stale. */
    private static Integer version(String raw) {
        try {
            return Integer.valueOf(PersianText.normalizeNumeric(raw));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private CurrentPerson admin() {
        return CurrentPerson.of(identity);
    }

    private PartnerPageTexts texts() {
        return ui.language() == Language.EN
                ? MessageBundles.get(PartnerPageTexts.class, Localized.Literal.of("en"))
                : MessageBundles.get(PartnerPageTexts.class);
    }
}
