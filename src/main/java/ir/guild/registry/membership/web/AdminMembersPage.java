package ir.guild.registry.membership.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PageOf;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.membership.Member;
import ir.guild.registry.membership.MemberSearch;
import ir.guild.registry.membership.MemberService;
import ir.guild.registry.membership.MemberStatus;
import ir.guild.registry.reference.Grade;
import ir.guild.registry.reference.Province;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.Ui;

/**
 * The admins' pages for the register: the searchable list of members and one member's
 * page with their details, history and the forms that suspend, reinstate, revoke and renew.
 */
@Path("/admin/members")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminMembersPage {

    /** Membership numbers look like 1405-000123; other words under this path belong to other pages. */
    static final String NUMBER = "{number: [0-9]+-[0-9]+}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MemberList list);

        static native TemplateInstance member(MemberPage page);
    }

    private final MemberService members;
    private final SecurityIdentity identity;
    private final Ui ui;
    private final int countCap;

    AdminMembersPage(MemberService members, SecurityIdentity identity, Ui ui, AdminSearchConfig config) {
        this.members = members;
        this.identity = identity;
        this.ui = ui;
        this.countCap = config.countCap();
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("status") String status, @QueryParam("grade") String grade,
            @QueryParam("province") String province, @QueryParam("q") String text, @QueryParam("page") Integer page) {
        MemberList.Filters filters = new MemberList.Filters(code(status), code(grade), code(province), text);
        FieldChecks checks = new FieldChecks(ui.language());
        MemberSearch search = new MemberSearch(checks.code("status", status, MemberStatus.class, false),
                checks.code("grade", grade, Grade.class, false),
                checks.code("province", province, Province.class, false), text);
        Map<String, String> errors = errorsOf(checks);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.list(new MemberList(List.of(), false, 0, countCap, 0,
                    PageOf.DEFAULT_SIZE, filters, errors, ui.language()))).build();
        }
        int pageNumber = PageOf.boundedPage(page);
        int size = PageOf.DEFAULT_SIZE;
        LocalDate today = members.today();
        MemberService.SearchPage found = members.searchPage(search, (long) pageNumber * size, size, countCap);
        List<MemberList.Row> rows = found.membersAndNext().stream().limit(size)
                .map(member -> MemberList.Row.of(member, today, ui.language())).toList();
        return Response.ok(Templates.list(new MemberList(rows, found.membersAndNext().size() > size,
                found.matchesUpToCap(), countCap, pageNumber, size, filters, Map.of(), ui.language()))).build();
    }

    @GET
    @Path(NUMBER)
    @Operation(hidden = true)
    public TemplateInstance member(@PathParam("number") String number, @QueryParam("done") String done) {
        return Templates.member(page(number, MemberPage.Form.NONE,
                done != null && MemberPage.ACTIONS.contains(done) ? done : null));
    }

    @POST
    @Path(NUMBER + "/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response suspend(@PathParam("number") String number, @FormParam("reason") String reason,
            @FormParam("version") String version) {
        return act(number, new MemberPage.Form("suspend", reason, false, Map.of(), false),
                () -> members.suspend(number, reason, version(version), admin(), ui.language()));
    }

    @POST
    @Path(NUMBER + "/reinstate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reinstate(@PathParam("number") String number, @FormParam("version") String version) {
        return act(number, new MemberPage.Form("reinstate", null, false, Map.of(), false),
                () -> members.reinstate(number, version(version), admin()));
    }

    /** Revocation cannot be undone, so the form also asks the admin to tick a confirmation. */
    @POST
    @Path(NUMBER + "/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revoke(@PathParam("number") String number, @FormParam("reason") String reason,
            @FormParam("confirm") String confirm, @FormParam("version") String version) {
        boolean confirmed = "yes".equals(confirm);
        MemberPage.Form form = new MemberPage.Form("revoke", reason, confirmed, Map.of(), false);
        if (!confirmed) {
            FieldChecks checks = new FieldChecks(ui.language());
            checks.text("reason", reason, true, MemberService.REASON_MAX);
            Map<String, String> errors = errorsOf(checks);
            errors.put("confirm", texts().revoke_confirm_required());
            return Response.status(400).entity(Templates.member(page(number, form.withErrors(errors), null))).build();
        }
        return act(number, form, () -> members.revoke(number, reason, version(version), admin(), ui.language()));
    }

    @POST
    @Path(NUMBER + "/renew")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response renew(@PathParam("number") String number, @FormParam("version") String version) {
        return act(number, new MemberPage.Form("renew", null, false, Map.of(), false),
                () -> members.renew(number, version(version), admin()));
    }

    /**
     * Runs one transition. Success goes back to the member's page (POST-redirect-GET); invalid
     * fields show the form again with what was typed and each error by its field; a stale
     * version or a refused transition shows the member as they are now, with an alert.
     */
    private Response act(String number, MemberPage.Form form, Supplier<Member> transition) {
        try {
            transition.get();
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                Map<String, String> errors = new LinkedHashMap<>();
                e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
                return Response.status(400).entity(Templates.member(page(number, form.withErrors(errors), null)))
                        .build();
            }
            if (e.type() == ProblemType.CONFLICT) {
                return Response.status(409)
                        .entity(Templates.member(page(number, MemberPage.Form.CONFLICT, null))).build();
            }
            throw e;
        }
        return Response.seeOther(URI.create("/admin/members/" + number + "?done=" + form.action())).build();
    }

    private MemberPage page(String number, MemberPage.Form form, String done) {
        Member member = members.find(number).orElseThrow(() -> ProblemException.notFound("No such member"));
        LocalDate today = members.today();
        return new MemberPage(member, member.statusOn(today),
                members.history(member).stream().map(HistoryLine::of).toList(),
                members.renewedUntil(member, today), form, done, ui.language());
    }

    /** Pages always send the version they showed; a missing or mangled one can only be stale. */
    private static Integer version(String raw) {
        try {
            return Integer.valueOf(PersianText.normalizeNumeric(raw));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    /** A code as the filter form's options spell it, so the chosen one shows as selected. */
    private static String code(String raw) {
        String value = PersianText.normalize(raw);
        return value == null || value.isEmpty() ? null : value.toUpperCase(Locale.ROOT);
    }

    private CurrentPerson admin() {
        return CurrentPerson.of(identity);
    }

    private AdminMemberTexts texts() {
        return ui.language() == Language.EN
                ? MessageBundles.get(AdminMemberTexts.class, Localized.Literal.of("en"))
                : MessageBundles.get(AdminMemberTexts.class);
    }

    private static Map<String, String> errorsOf(FieldChecks checks) {
        Map<String, String> errors = new LinkedHashMap<>();
        checks.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
        return errors;
    }
}
