package ir.guild.registry.partner.web;

import java.net.URI;
import java.util.List;

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
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.membership.web.CardPage;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.partner.PartnerVerification;
import ir.guild.registry.partner.ShareCodeForm;
import ir.guild.registry.partner.ShareCodeService;
import ir.guild.registry.partner.ShareCodeStatus;
import ir.guild.registry.partner.ShareScope;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.LocalDigits;
import ir.guild.registry.web.Pagination;
import ir.guild.registry.web.Ui;

/**
 * The member's sharing page: make a share code for a firm (shown once, right after it is
 * made), see and revoke their codes, and see every firm that verified them.
 */
@Path("/me/sharing")
@Authenticated
public class SharingPage {

    static final String PATH = "/me/sharing";
    static final int PAGE_SIZE = 20;
    /** The validities offered, in hours: an hour, a day, three days, a week, thirty days, ninety days. */
    static final List<Integer> VALIDITIES = List.of(1, 24, 72, 168, 720, 2160);
    static final String DEFAULT_VALIDITY = "168";

    /** The form as shown: empty, or what was sent when it was refused. */
    public record SharingForm(String scope, String validForHours, String label) {

        static final SharingForm EMPTY = new SharingForm(ShareScope.MEMBERSHIP.name(), DEFAULT_VALIDITY, "");

        public boolean scopeIs(ShareScope candidate) {
            return candidate.name().equals(scope);
        }
    }

    /** One of the validities offered. */
    public record Validity(int hours, boolean selected) {
    }

    /** A code in the list, with its use count in the page's digits. */
    public record CodeRow(long id, String label, String hint, ShareScope scope, java.time.Instant createdAt,
            java.time.Instant expiresAt, ShareCodeStatus status, String uses) {

        public boolean active() {
            return status == ShareCodeStatus.ACTIVE;
        }

        public String tone() {
            return switch (status) {
                case ACTIVE -> "success";
                case EXPIRED -> "secondary";
                case REVOKED -> "danger";
            };
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sharing(List<CodeRow> codes, List<PartnerVerification> verifications,
                Pagination pages, SharingForm form, List<Validity> validities, List<ShareScope> scopes,
                FormErrors errors, String issuedCode, boolean revoked);
    }

    private final ShareCodeService shareCodes;
    private final SecurityIdentity identity;
    private final Ui ui;

    SharingPage(ShareCodeService shareCodes, SecurityIdentity identity, Ui ui) {
        this.shareCodes = shareCodes;
        this.identity = identity;
        this.ui = ui;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response sharing(@QueryParam("page") Integer page, @QueryParam("revoked") String revoked) {
        CurrentPerson person = CurrentPerson.of(identity);
        if (shareCodes.holder(person).isEmpty()) {
            return CardPage.notMember();
        }
        return page(200, person, page, SharingForm.EMPTY, FormErrors.none(), null, revoked != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response create(@FormParam("scope") String scope, @FormParam("validForHours") String validForHours,
            @FormParam("label") String label) {
        CurrentPerson person = CurrentPerson.of(identity);
        if (shareCodes.holder(person).isEmpty()) {
            return CardPage.notMember();
        }
        SharingForm form = new SharingForm(scope, validForHours, label);
        ShareCodeService.Issued issued;
        try {
            issued = shareCodes.create(person, new ShareCodeForm(scope, null, validForHours, label), ui.language());
        } catch (ProblemException e) {
            if (e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            FormErrors errors = FormErrors.of(e.errors());
            // The page asks for the expiry as a validity only.
            if (errors.has("expiresAt")) {
                errors = errors.with("validForHours", errors.of("expiresAt"));
            }
            return page(400, person, 0, form, errors, null, false);
        }
        // Shown here once, never again: not a redirect, which would have to keep the code somewhere.
        return page(200, person, 0, SharingForm.EMPTY, FormErrors.none(), issued.code(), false);
    }

    @POST
    @Path("{id: [0-9]+}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response revoke(@PathParam("id") long id) {
        CurrentPerson person = CurrentPerson.of(identity);
        if (shareCodes.holder(person).isEmpty()) {
            return CardPage.notMember();
        }
        shareCodes.revoke(person, id);
        return Response.seeOther(URI.create(PATH + "?revoked=1")).build();
    }

    private Response page(int status, CurrentPerson person, Integer page, SharingForm form, FormErrors errors,
            String issuedCode, boolean revoked) {
        Language language = ui.language();
        List<CodeRow> codes = shareCodes.mine(person).stream().map(listed -> new CodeRow(listed.shareCode().id,
                listed.shareCode().label, listed.shareCode().hintShown(), listed.shareCode().scope,
                listed.shareCode().createdAt, listed.shareCode().expiresAt, listed.status(),
                LocalDigits.of(listed.verifications(), language))).toList();
        PageOf<PartnerVerification> verifications = shareCodes.verifications(person, page, PAGE_SIZE);
        Pagination pages = new Pagination(verifications.page(), verifications.size(), verifications.total(), language,
                index -> PATH + "?page=" + index);
        List<Validity> validities = VALIDITIES.stream()
                .map(hours -> new Validity(hours, Integer.toString(hours).equals(form.validForHours()))).toList();
        return Response.status(status)
                .entity(Templates.sharing(codes, verifications.items(), pages, form, validities,
                        List.of(ShareScope.values()), errors, issuedCode, revoked))
                .type(CardPage.HTML).cacheControl(CardPage.personal()).build();
    }
}
