package ir.guild.registry.legalaid.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import ir.guild.registry.common.FieldChecks;
import ir.guild.registry.common.PersianText;
import ir.guild.registry.common.ProblemException;
import ir.guild.registry.common.ProblemType;
import ir.guild.registry.identity.CurrentPerson;
import ir.guild.registry.identity.Role;
import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.CaseStatusChange;
import ir.guild.registry.legalaid.CounselDesk;
import ir.guild.registry.legalaid.CounselDesk.QueueFilter;
import ir.guild.registry.legalaid.CounselDesk.Scope;
import ir.guild.registry.legalaid.CounselProfile;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidService;
import ir.guild.registry.legalaid.Urgency;
import ir.guild.registry.legalaid.web.CounselCase.DocumentRow;
import ir.guild.registry.legalaid.web.CounselCase.EntryRow;
import ir.guild.registry.legalaid.web.CounselCase.Form;
import ir.guild.registry.legalaid.web.CounselCase.Sent;
import ir.guild.registry.membership.web.Choice;
import ir.guild.registry.membership.web.FormErrors;
import ir.guild.registry.membership.web.FormField;
import ir.guild.registry.reference.LegalAidCategory;
import ir.guild.registry.web.Language;
import ir.guild.registry.web.PageAnswers;
import ir.guild.registry.web.Ui;

/**
 * The counsel's desk: the queue of cases, each case as staff handle it (claiming it after
 * declaring no conflict of interest, moving it on, writing to the member, internal notes, an
 * admin's assignment) and the counsel's declared employer. Every form goes back to the case's
 * page (POST-redirect-GET) or, refused, shows it again with the errors next to the fields.
 *
 * <p>The queue is for counsel and admins (403 for anyone else). A case's pages exist only for
 * those who handle it: its counsel (or any counsel while it waits unassigned) and admins, and
 * never for the member who filed it; everyone else is told it does not exist (404).
 */
@Path(CounselPage.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CounselPage {

    static final String PATH = "/counsel";
    static final int PAGE_SIZE = 20;
    private static final String CASE = "cases/{id: [0-9]+}";
    private static final List<String> NOTICES = List.of("claimed", "moved", "messaged", "noted", "assigned");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(CounselQueue queue);

        static native TemplateInstance detail(CounselCase view);

        static native TemplateInstance profile(FormField employer, boolean saved);
    }

    private final LegalAidService cases;
    private final CounselDesk desk;
    private final SecurityIdentity identity;
    private final Ui ui;

    CounselPage(LegalAidService cases, CounselDesk desk, SecurityIdentity identity, Ui ui) {
        this.cases = cases;
        this.desk = desk;
        this.identity = identity;
        this.ui = ui;
    }

    static String casePath(long id) {
        return PATH + "/cases/" + id;
    }

    @GET
    @RolesAllowed({ Role.Names.COUNSEL, Role.Names.ADMIN })
    @Operation(hidden = true)
    public Response queue(@RestQuery String assigned, @RestQuery String status, @RestQuery String category,
            @RestQuery String urgency, @RestQuery Integer page, @RestQuery String done) {
        CurrentPerson person = person();
        Language language = ui.language();
        if (person.has(Role.COUNSEL)) {
            // Opening the desk makes a counsel known to it, so that admins can assign them cases.
            desk.profile(person);
        }
        FieldChecks checks = new FieldChecks(language);
        Scope scope = checks.code("assigned", assigned, Scope.class, false);
        QueueFilter filter = new QueueFilter(scope == null ? Scope.ALL : scope,
                checks.code("status", status, CaseStatus.class, false),
                checks.code("category", category, LegalAidCategory.class, false),
                checks.code("urgency", urgency, Urgency.class, false));
        checks.throwIfInvalid();
        // People count pages from 1; the desk counts from 0.
        int pageIndex = page == null || page < 1 ? 0 : page - 1;
        List<CaseRow> rows = desk.queue(person, filter, pageIndex, PAGE_SIZE).stream()
                .map(legalCase -> CaseRow.of(legalCase, cases.sla(legalCase), language)).toList();
        return PageAnswers.page(200, Templates.queue(new CounselQueue(rows, filter.scope(), filter.status(),
                filter.category(), filter.urgency(), pageIndex, PAGE_SIZE, desk.countQueue(person, filter),
                desk.countOverdue(person), person.has(Role.COUNSEL), person.has(Role.ADMIN),
                notice(done), language)));
    }

    @GET
    @Path(CASE)
    @Operation(hidden = true)
    public Response detail(@RestPath long id, @RestQuery String done) {
        return PageAnswers.page(200, Templates.detail(view(id, notice(done), false, null,
                FormErrors.none())));
    }

    @GET
    @Path(CASE + "/documents/{documentId: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response document(@RestPath long id, @RestPath long documentId) {
        CurrentPerson person = person();
        handled(id, person);
        return cases.document(id, documentId, person).asAttachment();
    }

    @POST
    @Path(CASE + "/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response claim(@RestPath long id, @RestForm String version, @RestForm String noConflict,
            @RestForm String warningsAcknowledged) {
        CurrentPerson person = person();
        handled(id, person);
        Sent sent = sent(Form.CLAIM, "noConflict", noConflict, "warningsAcknowledged", warningsAcknowledged);
        return act(id, sent, () -> {
            desk.claim(id, person, version(version), ticked(noConflict), ticked(warningsAcknowledged),
                    ui.language());
            return done(id, "claimed");
        });
    }

    @POST
    @Path(CASE + "/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response move(@RestPath long id, @RestForm String version, @RestForm String status,
            @RestForm String message, @RestForm String reason, @RestForm String noConflict) {
        CurrentPerson person = person();
        handled(id, person);
        Sent sent = sent(Form.MOVE, "status", status, "message", message, "reason", reason, "noConflict",
                noConflict);
        CaseStatusChange change = new CaseStatusChange(status, version(version), reason, message,
                ticked(noConflict));
        return act(id, sent, () -> {
            LegalAidCase moved = desk.changeStatus(id, person, change, ui.language());
            // Declined while it waited unassigned, the case has left a counsel's sight: back to the queue.
            return LegalAidService.seesInternalNotes(moved, person) ? done(id, "moved")
                    : URI.create(PATH + "?done=moved");
        });
    }

    @POST
    @Path(CASE + "/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response message(@RestPath long id, @RestForm String body) {
        CurrentPerson person = person();
        handled(id, person);
        return act(id, sent(Form.MESSAGE, "body", body), () -> {
            cases.message(id, person, body, ui.language());
            return done(id, "messaged");
        });
    }

    @POST
    @Path(CASE + "/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response note(@RestPath long id, @RestForm String body) {
        CurrentPerson person = person();
        handled(id, person);
        return act(id, sent(Form.NOTE, "body", body), () -> {
            desk.note(id, person, body, ui.language());
            return done(id, "noted");
        });
    }

    @POST
    @Path(CASE + "/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response assign(@RestPath long id, @RestForm String version, @RestForm String counselSubject) {
        CurrentPerson person = person();
        handled(id, person);
        return act(id, sent(Form.ASSIGN, "counselSubject", counselSubject), () -> {
            desk.assign(id, person, counselSubject, version(version), ui.language());
            return done(id, "assigned");
        });
    }

    @GET
    @Path("profile")
    @RolesAllowed(Role.Names.COUNSEL)
    @Operation(hidden = true)
    public Response profile(@RestQuery String done) {
        CounselProfile profile = desk.profile(person());
        return PageAnswers.page(200, Templates.profile(FormField.of("employer", profile.employer, null),
                "saved".equals(done)));
    }

    @POST
    @Path("profile")
    @RolesAllowed(Role.Names.COUNSEL)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response declareEmployer(@RestForm String employer) {
        try {
            desk.declareEmployer(person(), employer, ui.language());
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                return PageAnswers.page(400, Templates.profile(FormField.of("employer", employer,
                        FormErrors.of(e.errors()).of("employer")), false));
            }
            throw e;
        }
        return Response.seeOther(URI.create(PATH + "/profile?done=saved")).build();
    }

    /**
     * Does what a form asks and sends the browser where the action says; a refusal shows the case
     * again, the form's errors beside its fields.
     */
    private Response act(long id, Sent sent, Supplier<URI> action) {
        URI next;
        try {
            next = action.get();
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                return PageAnswers.page(400, Templates.detail(view(id, null, false, sent,
                        FormErrors.of(e.errors()))));
            }
            if (e.type() == ProblemType.CONFLICT) {
                return PageAnswers.page(409, Templates.detail(view(id, null, true, null, FormErrors.none())));
            }
            throw e;
        }
        return Response.seeOther(next).build();
    }

    private static URI done(long id, String notice) {
        return URI.create(casePath(id) + "?done=" + notice);
    }

    private CounselCase view(long id, String notice, boolean stale, Sent sent, FormErrors errors) {
        CurrentPerson person = person();
        Language language = ui.language();
        handled(id, person);
        LegalAidCase legalCase = cases.find(id, person).orElseThrow(CounselPage::noSuchCase);
        boolean unassigned = legalCase.assignedCounselSubject == null
                && CaseStatus.UNASSIGNED.contains(legalCase.status);
        boolean mayClaim = unassigned && person.has(Role.COUNSEL);
        List<CaseStatus> moves = legalCase.status.next().stream()
                .filter(status -> status != CaseStatus.ASSIGNED && status != CaseStatus.WITHDRAWN).toList();
        boolean declaresWithMove = moves.contains(CaseStatus.IN_PROGRESS) && legalCase.conflictDeclaredAt == null
                && person.subject().equals(legalCase.assignedCounselSubject);
        boolean mayAssign = person.has(Role.ADMIN) && legalCase.status.isOpen();
        List<Choice> counsel = mayAssign ? desk.counsel().stream()
                .filter(profile -> !profile.accountSubject.equals(legalCase.accountSubject))
                .map(profile -> new Choice(profile.accountSubject, profile.displayName, false)).toList() : List.of();
        return new CounselCase(legalCase, CaseRow.of(legalCase, cases.sla(legalCase), language),
                cases.timeline(legalCase, person).stream().map(EntryRow::of).toList(),
                cases.documents(legalCase).stream().map(document -> DocumentRow.of(document, language)).toList(),
                mayClaim ? desk.warnings(legalCase, person) : List.of(), mayClaim, moves, declaresWithMove, mayAssign,
                counsel, notice, stale, sent, errors, language);
    }

    /** The case's pages exist only for those who handle it; for anyone else, nothing is there. */
    private static void handled(long id, CurrentPerson person) {
        LegalAidCase.<LegalAidCase>findByIdOptional(id)
                .filter(legalCase -> LegalAidService.seesInternalNotes(legalCase, person))
                .orElseThrow(CounselPage::noSuchCase);
    }

    private static ProblemException noSuchCase() {
        return ProblemException.notFound("No such legal-aid case");
    }

    /** What the last action did, as the address it led to says; nothing for anything else. */
    private static String notice(String done) {
        return done != null && NOTICES.contains(done) ? done : null;
    }

    private static Sent sent(Form form, String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Sent(form, values);
    }

    /** A ticked checkbox sends its value; an unticked one sends nothing. */
    private static boolean ticked(String value) {
        return value != null && !value.isBlank() && !"false".equalsIgnoreCase(value.trim());
    }

    /** The version the page showed; a missing or mangled one is refused as missing. */
    private static Integer version(String raw) {
        String value = PersianText.normalizeNumeric(raw);
        if (value == null || !value.matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    private CurrentPerson person() {
        return CurrentPerson.of(identity);
    }
}
